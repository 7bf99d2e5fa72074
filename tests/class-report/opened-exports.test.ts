/** What a lecturer opened stays on the device with each file's name, and older keeps still read. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { scenarioHash } from '../../src/engine/index.ts';
import { keepOpened, loadOpened, OPENED_SCHEMA } from '../../src/ui/class/opened-exports.ts';
import { runExport } from '../support/class-exports.ts';
import { respectfulPlaythrough } from '../support/paths.ts';
import { loadScenario } from '../support/scenarios.ts';
import { checkRunExport } from '../../src/class-report/run-export.ts';

const saskia = loadScenario('scenarios/saskia.yaml');
const data = checkRunExport(runExport(saskia, respectfulPlaythrough(saskia).events))!;

describe('the opened exports', () => {
  it('are kept with their file names and read back after a reload', async () => {
    expect(data.scenario.hash).toBe(scenarioHash(saskia));
    expect(await keepOpened({ runs: [{ file: 'ayla.json', data }], rooms: [] })).toEqual({
      ok: true,
    });
    expect(await loadOpened()).toEqual({ runs: [{ file: 'ayla.json', data }], rooms: [] });
  });

  it('read a first-version keep, which had no file names', () => {
    const upgraded = OPENED_SCHEMA.migrations![1]!({ runs: [data], rooms: [] });
    expect(OPENED_SCHEMA.restore(upgraded)).toEqual({
      ok: true,
      value: { runs: [{ file: '', data }], rooms: [] },
    });
  });

  it('refuse a keep with a damaged export in it', () => {
    const damaged = { runs: [{ file: 'x.json', data: { ...data, branches: 'none' } }], rooms: [] };
    expect(OPENED_SCHEMA.restore(damaged)).toMatchObject({ ok: false });
  });
});
