/** The play screen for a run: loads its case, opens its active branch, or says why it cannot. */
import { useActorRef } from '@xstate/react';
import { Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuiltScenario } from '../../engine/index.ts';
import { activeBranchOf, branchState, prepareSession, type RunRecord } from '../../state/index.ts';
import { hrefOf } from '../router.ts';
import { catalogEntry, loadScenario } from '../scenario-cache.ts';
import { runStore, useRuns } from '../stores.ts';
import { RefusedRun } from './RefusedRun.tsx';
import { Player } from './Player.tsx';
import { afterPaint } from './after-paint.ts';
import { addMessages } from '../i18n/i18n.ts';
import * as lens from '../lens/messages.ts';
import * as triangle from '../triangle/messages.ts';
import * as messages from './messages.ts';
import './player.css';

addMessages([messages, triangle, lens]);

export default function PlayerScreen({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const record = useRuns((s) => s.runs[runId]);
  const entry = record && catalogEntry(record.scenarioId);
  if (!record) return <Missing message={t('app.notFound')} />;
  if (!entry) return <Missing message={t('app.scenarioGone')} />;
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <LoadedPlayer record={record} scenario={loadScenario(entry)} />
    </Suspense>
  );
}

function LoadedPlayer({
  record,
  scenario,
}: {
  record: RunRecord;
  scenario: Promise<BuiltScenario>;
}) {
  const built = use(scenario);
  // A new branch (rewind, switch) is a new session: remount.
  return <BranchPlayer key={record.activeBranch} built={built} record={record} />;
}

function BranchPlayer({ built, record }: { built: BuiltScenario; record: RunRecord }) {
  const [prepared] = useState(() =>
    prepareSession(
      built,
      activeBranchOf(record).save,
      afterPaint((events) => runStore.getState().update(record.id, branchState(built, events))),
    ),
  );
  if (!prepared.ok) return <RefusedRun record={record} reason={prepared.reason} />;
  return (
    <RunningBranch
      built={built}
      record={record}
      machine={prepared.machine}
      snapshot={prepared.snapshot}
    />
  );
}

function RunningBranch({
  built,
  record,
  machine,
  snapshot,
}: { built: BuiltScenario; record: RunRecord } & Pick<
  Extract<ReturnType<typeof prepareSession>, { ok: true }>,
  'machine' | 'snapshot'
>) {
  const actor = useActorRef(machine, { snapshot });
  return <Player actor={actor} built={built} record={record} />;
}

function Missing({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <section className="player-missing">
      <p role="alert">{message}</p>
      <a href={hrefOf({ screen: 'library' })}>{t('app.toLibrary')}</a>
    </section>
  );
}
