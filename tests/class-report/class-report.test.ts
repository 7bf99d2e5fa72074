/** The lecturer's class report: exports read and checked, runs replayed, counted once, summed up. */
import { describe, expect, it } from 'vitest';
import { addRuns, admitRun, admitRuns, type ClassRun } from '../../src/class-report/class-runs.ts';
import { classReport } from '../../src/class-report/class-report.ts';
import { classCsv, csvCell } from '../../src/class-report/csv.ts';
import { addRooms, checkRoomExport } from '../../src/class-report/room-export.ts';
import { ROOM_REPORT_FORMAT } from '../../src/facilitation/room-report.ts';
import {
  MAX_EXPORT_BYTES,
  readRunExport,
  type RunExport,
} from '../../src/class-report/run-export.ts';
import { scenarioHash, type BuiltScenario, type RunEvent } from '../../src/engine/index.ts';
import {
  everyPlaythrough,
  mostViolatingPlaythrough,
  respectfulPlaythrough,
} from '../support/paths.ts';
import { loadScenario } from '../support/scenarios.ts';

const saskia = loadScenario('scenarios/saskia.yaml');
const built: BuiltScenario = { scenario: saskia, hash: scenarioHash(saskia) };
const findCase = (id: string, hash: string) =>
  id === saskia.id && hash === built.hash ? built : undefined;

let runs = 0;
/** An export as the debrief writes it (the fields the report reads). */
function exported(
  events: RunEvent[],
  extra: Partial<RunExport['run']> = {},
  answers = {},
): RunExport {
  const id = `run-${++runs}`;
  return {
    format: 'driehoek.debrief',
    formatVersion: 2,
    scenario: { id: 'saskia', version: saskia.version, hash: built.hash },
    run: { id, updatedAt: '2026-12-01T10:00:00Z', activeBranch: 'b1', participant: null, ...extra },
    branches: [{ id: 'b1', number: 1, events }],
    reflections: Object.entries(answers).map(([id, answer]) => ({ id, answer: String(answer) })),
  };
}
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const admitted = (data: RunExport) => {
  const result = admitRun(data, findCase);
  if (!result.ok) throw new Error(result.reason);
  return result.run;
};

describe('reading a run export', () => {
  it('reads an export, and refuses what is not one, with the reason', () => {
    const data = exported(respectfulPlaythrough(saskia).events);
    expect(readRunExport(bytes(data))).toMatchObject({ ok: true });
    // How the student played comes along, for the debrief the lecturer opens.
    const reflect = { ...data, run: { ...data.run, mode: 'reflect' } };
    expect(readRunExport(bytes(reflect))).toMatchObject({ export: { run: { mode: 'reflect' } } });
    expect(readRunExport(bytes({ ...data, run: { ...data.run, mode: 'x' } }))).toMatchObject({
      reason: 'not-a-run',
    });
    expect(readRunExport(new TextEncoder().encode('{"nope":'))).toMatchObject({
      reason: 'not-json',
    });
    expect(readRunExport(bytes({ format: 'other' }))).toMatchObject({ reason: 'not-a-run' });
    expect(readRunExport(bytes({ ...data, formatVersion: 9 }))).toMatchObject({
      reason: 'newer-format',
    });
    expect(readRunExport(new Uint8Array(MAX_EXPORT_BYTES + 1))).toMatchObject({
      reason: 'too-large',
    });
  });

  it('survives JSON nested 100,000 deep and __proto__ keys', () => {
    const deep = new TextEncoder().encode('['.repeat(100_000) + ']'.repeat(100_000));
    expect(readRunExport(deep)).toMatchObject({ ok: false });
    const data = exported(respectfulPlaythrough(saskia).events);
    const text = JSON.stringify(data).replace(
      '"format":',
      '"__proto__":{"polluted":true},"format":',
    );
    expect(readRunExport(new TextEncoder().encode(text))).toMatchObject({ ok: true });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('admitting a run', () => {
  it('replays its events in the case it names, and refuses events that are not possible there', () => {
    const source = mostViolatingPlaythrough(saskia);
    const run = admitted(exported(source.events));
    expect(run.run.history).toEqual(source.end.history);
    expect(run.ended).toBe(true);
    const tampered = exported([
      ...source.events.slice(0, 2),
      { type: 'choice.select', option: 'no-such-option' },
    ]);
    expect(admitRun(tampered, findCase)).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('asks for the case when the device does not have that version', () => {
    const data = exported([]);
    data.scenario.hash = 'another';
    expect(admitRun(data, findCase)).toMatchObject({ ok: false, reason: 'unknown-case' });
  });

  it('counts the same run once: the later export wins, whichever was opened first', () => {
    const first = exported(respectfulPlaythrough(saskia).events);
    const later = {
      ...first,
      run: { ...first.run, updatedAt: '2026-12-02T10:00:00Z', participant: 'Anna' },
    };
    const other = exported([]);
    for (const order of [
      [first, later],
      [later, first],
    ]) {
      const open = addRuns([], [{ file: 'a.json', data: order[0]! }]);
      const added = addRuns(open.runs, [
        { file: 'b.json', data: order[1]! },
        { file: 'c.json', data: other },
      ]);
      expect(added.repeated).toBe(1);
      expect(added.runs.map((r) => r.data.run.participant)).toEqual(['Anna', null]);
    }
  });

  it('groups admitted runs by case and version, and sets aside tampered and unknown ones', () => {
    const good = exported(respectfulPlaythrough(saskia).events);
    const edited = exported([{ type: 'choice.select', option: 'no-such-option' }]);
    const newer = exported([]);
    newer.scenario = { ...newer.scenario, version: '9.0.0', hash: 'elsewhere' };
    const { groups, tampered, missing } = admitRuns(
      [good, edited, newer, exported([])].map((data, i) => ({ file: `${i}.json`, data })),
      findCase,
    );
    expect([...groups.keys()]).toEqual([`saskia@${built.hash}`]);
    expect(groups.get(`saskia@${built.hash}`)!.map((r) => r.runId)).toEqual([
      good.run.id,
      expect.any(String),
    ]);
    expect(tampered.map((r) => r.file)).toEqual(['1.json']);
    expect(missing).toEqual([{ id: 'saskia', version: '9.0.0', count: 1 }]);
  });
});

describe('the report of a class', () => {
  const all = everyPlaythrough(saskia).slice(0, 12);
  const classRuns: ClassRun[] = all.map((p, i) =>
    admitted(
      exported(p.events, { participant: `Student ${i + 1}` }, { 'on-top': `Antwoord ${i + 1}` }),
    ),
  );
  const report = classReport(saskia, classRuns);

  it('counts every run at its ending, and every ending is listed', () => {
    expect(report.runs).toBe(12);
    expect(report.endings.map((e) => e.id).sort()).toEqual(Object.keys(saskia.endings).sort());
    expect(report.endings.reduce((n, e) => n + e.count, 0)).toBe(report.ended);
  });

  it('gives each choice point the share of each option, with its verdicts', () => {
    const first = report.choicePoints.find((c) => c.scene === saskia.start)!;
    expect(first.asked).toBe(12);
    expect(first.options.reduce((n, o) => n + o.count, 0)).toBe(12);
    expect(first.options.reduce((n, o) => n + o.share, 0)).toBeCloseTo(1);
    const chosen = classRuns.filter((r) => r.run.history[0]?.option === first.options[0]!.id);
    expect(first.options[0]!.count).toBe(chosen.length);
    expect(first.options[0]!.verdicts.emotional).toBe(
      saskia.scenes[saskia.start]!.choice!.options[0]!.verdicts.emotional.verdict,
    );
  });

  it('sums violations per hierarchy from the choices made', () => {
    const violations = classRuns.flatMap((r) => r.analysis.violations);
    for (const h of ['emotional', 'responsibility', 'expertise'] as const)
      expect(report.hierarchies[h].violates).toBe(
        violations.filter((v) => v.hierarchy === h).length,
      );
  });

  it('gives the meters per week as median and range', () => {
    for (const meter of report.meters)
      for (const week of meter.weeks) {
        expect(week.min).toBeLessThanOrEqual(week.median);
        expect(week.median).toBeLessThanOrEqual(week.max);
        expect(week.n).toBeGreaterThan(0);
      }
  });

  it('puts each answer beside the choice its question is about', () => {
    const question = (saskia.reflection ?? []).find((q) => q.about)!;
    const answered = all.map((p) =>
      admitted(exported(p.events, {}, { [question.id]: 'Mijn antwoord' })),
    );
    const responses = classReport(saskia, answered).responses.find((r) => r.id === question.id)!;
    expect(responses.answers).toHaveLength(answered.length);
    for (const [i, answer] of responses.answers.entries())
      expect(answer.chose).toBe(
        answered[i]!.run.history.find((choice) => choice.scene === question.about)?.option,
      );
    expect(responses.answers.some((a) => a.chose)).toBe(true);
  });

  it('counts who got a question, answered or not, apart from those who answered', () => {
    const [question, other] = saskia.reflection!;
    const runs = [
      admitted(exported([], {}, { [question!.id]: 'Ja' })),
      admitted(exported([], {}, { [question!.id]: '  ' })),
      admitted(exported([], {}, {})),
    ];
    const responses = classReport(saskia, runs).responses;
    expect(responses.find((r) => r.id === question!.id)).toMatchObject({ asked: 2 });
    expect(responses.find((r) => r.id === question!.id)!.answers).toHaveLength(1);
    expect(responses.find((r) => r.id === other!.id)).toMatchObject({ asked: 0, answers: [] });
  });
});

describe('room sessions', () => {
  it('keeps a session opened twice once, and a different one beside it', () => {
    const room = checkRoomExport({
      format: ROOM_REPORT_FORMAT,
      version: 1,
      case: { id: 'saskia', version: saskia.version, title: 'Saskia' },
      ending: null,
      path: [{ scene: 's', sceneTitle: 'S', option: 'a', votesCast: 3, options: [] }],
    })!;
    const other = { ...room, path: [{ ...room.path[0]!, votesCast: 4 }] };
    const first = addRooms([], [room]);
    expect(addRooms(first.rooms, [structuredClone(room), other])).toEqual({
      rooms: [room, other],
      repeated: 1,
    });
  });
});

describe('the CSV', () => {
  it('opens in Dutch Excel as it is, and never runs a cell as a formula', () => {
    const run = admitted(
      exported(respectfulPlaythrough(saskia).events, { participant: '=HYPERLINK("x")' }),
    );
    const csv = classCsv(saskia, [run]);
    expect(csv.startsWith('\uFEFFcase;version;run;participant')).toBe(true);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + run.analysis.choices.length);
    expect(rows[1]).toContain(`;"'=HYPERLINK(""x"")";`);
    expect(csvCell('+31 6', ';')).toBe("'+31 6");
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(classCsv(saskia, [run], { separator: ',' }).split('\r\n')[0]).toContain('case,version');
  });
});
