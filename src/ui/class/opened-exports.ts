/**
 * The run exports a lecturer opened, kept on this device (IndexedDB) until cleared, so the report
 * is still there after a reload. Checked again when read back, like every stored value.
 */
import { checkRunExport, type RunExport } from '../../class-report/run-export.ts';
import { openIdbStore, type AsyncStore } from '../../persistence/idb-store.ts';
import type { Schema } from '../../persistence/index.ts';

const KEY = 'class-report:exports';

const OPENED: Schema<RunExport[]> = {
  version: 1,
  restore(data) {
    if (!Array.isArray(data)) return { ok: false, problem: 'Not a list of run exports.' };
    const runs = data.map(checkRunExport);
    return runs.every((run) => run !== undefined)
      ? { ok: true, value: runs as RunExport[] }
      : { ok: false, problem: 'A run export in the list is damaged.' };
  },
};

let opened: Promise<AsyncStore> | undefined;
const store = () => (opened ??= openIdbStore());

export async function loadOpened(): Promise<RunExport[]> {
  const read = await (await store()).read(KEY, OPENED);
  return read.status === 'ok' || read.status === 'recovered' ? read.value : [];
}

/** Keep the list; false (with the reason) when the browser refused. */
export async function keepOpened(runs: RunExport[]) {
  return (await store()).write(KEY, runs, OPENED);
}

export async function clearOpened(): Promise<boolean> {
  return (await store()).remove(KEY);
}
