/**
 * The one rule for reading a value and its last good copy, for the Web Storage store and the
 * IndexedDB one alike: use the main value if it decodes; leave a newer app's data alone; otherwise
 * fall back to the backup, and set aside every unreadable text so that nothing is dropped.
 */
import { decode } from './envelope.ts';
import type { Problem, QuarantineEntry, ReadResult, Schema } from './store.types.ts';

/** Raw text to copy into quarantine, and why. */
export type SetAside = Pick<QuarantineEntry, 'source' | 'raw' | 'problem'>;

/** What a read comes to; `quarantined` in the result is filled in once `setAside` is stored. */
export interface Recovery<T> {
  result: ReadResult<T>;
  setAside: SetAside[];
}

export function recoverStored<T>(
  main: string | null,
  backup: string | null,
  schema: Schema<T>,
): Recovery<T> {
  if (main === null && backup === null) return { result: { status: 'missing' }, setAside: [] };
  const decodedMain = main === null ? null : decode(main, schema);
  if (decodedMain?.status === 'ok') return { result: decodedMain, setAside: [] };
  // A newer app's data is not corrupt: leave it alone so that app can still read it.
  if (decodedMain?.status === 'newer') return { result: decodedMain, setAside: [] };
  const problem: Problem = decodedMain?.problem ?? {
    code: 'missing',
    detail: 'The value is gone; its backup remains.',
  };
  const setAside: SetAside[] = main === null ? [] : [{ source: 'main', raw: main, problem }];
  const decodedBackup = backup === null ? null : decode(backup, schema);
  if (decodedBackup?.status === 'ok') {
    return {
      result: { ...decodedBackup, status: 'recovered', problem, quarantined: [] },
      setAside,
    };
  }
  if (decodedBackup?.status === 'newer') return { result: decodedBackup, setAside };
  if (backup === null || !decodedBackup)
    return { result: { status: 'corrupt', problem, quarantined: [] }, setAside };
  setAside.push({ source: 'backup', raw: backup, problem: decodedBackup.problem });
  // With no main value at all, the backup's problem is the one worth reporting.
  const reported = main === null ? decodedBackup.problem : problem;
  return { result: { status: 'corrupt', problem: reported, quarantined: [] }, setAside };
}

/** The result with the ids the quarantined texts were stored under. */
export function withQuarantined<T>(result: ReadResult<T>, ids: string[]): ReadResult<T> {
  return result.status === 'recovered' || result.status === 'corrupt'
    ? { ...result, quarantined: ids }
    : result;
}
