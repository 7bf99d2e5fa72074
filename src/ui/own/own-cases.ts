/**
 * The user's own cases in the app: read into the catalog, a checked file added (or put in place
 * of an earlier text), one removed with its runs. A lazy chunk, with the IndexedDB store.
 */
import type { Scenario } from '../../engine/index.ts';
import { openOwnCaseLibrary, type OwnCaseLibrary } from '../../own-cases/library.ts';
import { planImport, type ImportPlan } from '../../own-cases/plan.ts';
import { catalogEntryOf, type OwnCase } from '../../own-cases/record.ts';
import { ownVersion, withNewVersion } from '../../own-cases/stored.ts';
import type { WriteFailure } from '../../persistence/index.ts';
import type { RunRecord } from '../../state/run-record.ts';
import { builtInCatalog, catalogStore } from '../catalog.ts';
import { runStore } from '../stores.ts';

let opened: Promise<OwnCaseLibrary> | undefined;
const library = () => (opened ??= openOwnCaseLibrary());

const ownCases = (): OwnCase[] => catalogStore.getState().own.map((entry) => entry.own);

export async function refreshOwnCases(): Promise<void> {
  const lib = await library();
  const { cases, unreadable } = await lib.list();
  catalogStore.setState({
    own: cases.map(catalogEntryOf),
    ownStatus: lib.available ? 'ready' : 'unavailable',
    unreadable,
  });
}

/** What adding this checked scenario would do. */
export const planFor = (scenario: Scenario): ImportPlan =>
  planImport(scenario, builtInCatalog, ownCases());

/** For a clash: put the file in the case's place, or keep both (the file under a local id). */
export type ClashChoice = 'replace' | 'keep-both';

export type AddResult = { ok: true; id: string } | { ok: false; reason: WriteFailure };

/** Add a checked file as the plan (and, for a clash or update, the user's choice) says. */
export async function addOwnCase(
  plan: ImportPlan,
  scenario: Scenario,
  text: string,
  fileName: string,
  choice: ClashChoice = 'replace',
): Promise<AddResult> {
  const id = plan.kind === 'clash' && choice === 'keep-both' ? plan.localId : plan.id;
  const existing = ownCases().find((own) => own.id === id);
  const version = ownVersion(scenario, id, text, fileName, new Date());
  const own = existing
    ? withNewVersion(existing, version, hashesInUse(id))
    : { id, versions: [version] };
  const written = await (await library()).save(own);
  if (!written.ok) return { ok: false, reason: written.reason };
  const others = catalogStore.getState().own.filter((entry) => entry.id !== id);
  catalogStore.setState({ own: [...others, catalogEntryOf(own)] });
  return { ok: true, id };
}

/** The runs played on this own case's texts (not those of a built-in case it stands in for). */
export function runsOf(own: OwnCase): RunRecord[] {
  const hashes = new Set(own.versions.map((v) => v.hash));
  return Object.values(runStore.getState().runs).filter(
    (run) =>
      run.scenarioId === own.id && run.branches.some((b) => hashes.has(b.save.scenario.hash)),
  );
}

/** Remove an own case and the runs played on it; false when the storage refused. */
export async function removeOwnCase(own: OwnCase): Promise<boolean> {
  if (!(await (await library()).remove(own.id))) return false;
  for (const run of runsOf(own)) runStore.getState().remove(run.id);
  catalogStore.setState({ own: catalogStore.getState().own.filter((e) => e.id !== own.id) });
  return true;
}

/** The texts of a case that runs were played on. */
function hashesInUse(caseId: string): Set<string> {
  const runs = Object.values(runStore.getState().runs).filter((r) => r.scenarioId === caseId);
  return new Set(runs.flatMap((run) => run.branches.map((b) => b.save.scenario.hash)));
}
