// @vitest-environment jsdom
/**
 * Opening files never loses what is open: files opened before the kept exports are read back, or
 * while others are still being read, are added to them.
 */
import 'fake-indexeddb/auto';
import { File } from 'node:buffer';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checkRunExport } from '../../src/class-report/run-export.ts';
import { keepOpened, loadOpened } from '../../src/ui/class/opened-exports.ts';
import { useClassExports } from '../../src/ui/class/use-class-exports.ts';
import { runExport } from '../support/class-exports.ts';
import { everyPlaythrough } from '../support/paths.ts';
import { loadScenario } from '../support/scenarios.ts';

const saskia = loadScenario('scenarios/saskia.yaml');
const paths = everyPlaythrough(saskia);
const exported = (i: number) => runExport(saskia, paths[i]!.events, { runId: `run-${i}` });
const file = (i: number) =>
  new File([JSON.stringify(exported(i))], `run-${i}.json`) as unknown as globalThis.File;
const runIds = (opened: { runs: { data: { run: { id: string } } }[] } | undefined) =>
  opened?.runs.map((r) => r.data.run.id).sort();

describe('opening a class’s files', () => {
  it('adds files opened at once, and before the kept ones are read, to what was kept', async () => {
    await keepOpened({
      runs: [{ file: 'run-0.json', data: checkRunExport(exported(0))! }],
      rooms: [],
    });
    const { result } = renderHook(() => useClassExports());
    // Two openings straight away: neither waits for the page, nor for the other.
    result.current.open([file(1), file(2)]);
    result.current.open([file(3)]);
    const all = ['run-0', 'run-1', 'run-2', 'run-3'];
    await waitFor(() => expect(runIds(result.current.opened)).toEqual(all));
    expect(runIds(await loadOpened())).toEqual(all);
  });
});
