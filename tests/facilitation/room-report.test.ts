/** The room debrief: what the room did as plain data, and as Markdown in Dutch and English. */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { TONES, type Scenario } from '../../src/engine/index.ts';
import {
  createFlowMachine,
  roomReport,
  roomReportEn,
  roomReportMarkdown,
  roomReportNl,
  type FlowEvent,
  type FlowMachine,
  type FlowSnapshot,
} from '../../src/facilitation/index.ts';
import { en, nl } from '../../src/ui/debrief/messages.ts';
import { loadScenario, mutate, noorText, scenarioFromText } from '../support/scenarios.ts';
import {
  CLOSE,
  hands,
  MAJORITY,
  NEXT,
  nextUntilStill,
  offeredAt,
  pick,
  stepFlow,
} from './support.ts';

const saskia = loadScenario('scenarios/saskia.yaml');
const machine = createFlowMachine(saskia);

/** To the next choice point's open vote (NEXT opens voting after the discussion). */
const toVote = (s: FlowSnapshot) => nextUntilStill(machine, s);

/** The room's whole way to the debrief from here: the first option on offer, by 2 hands, each time. */
function finish(m: FlowMachine, scenario: Scenario, s: FlowSnapshot) {
  for (let i = 0; i < 500 && s.value !== 'debrief'; i++) {
    const event: FlowEvent =
      s.value === 'voting'
        ? s.context.votes && Object.values(s.context.votes.counts).some((n) => n > 0)
          ? CLOSE
          : hands({ [offeredAt(scenario, s)[0]!]: 2 })
        : s.value === 'voted'
          ? MAJORITY
          : NEXT;
    [s] = transition(m, s, event);
  }
  return s;
}

/**
 * Saskia played by a room: choice 1 by a 5–2 majority for the first option, choice 2 a 3–3 tie the
 * facilitator settles for the second; then "what if" at choice 1 with 4 hands for its second option,
 * and on to an ending.
 */
const first = toVote(stepFlow(machine, []));
const [a, b] = offeredAt(saskia, first) as [string, string];
const second = toVote(stepFlow(machine, [hands({ [a]: 5, [b]: 2 }), CLOSE, MAJORITY], first));
const [x, y] = offeredAt(saskia, second) as [string, string];
const afterTie = toVote(stepFlow(machine, [hands({ [x]: 3, [y]: 3 }), CLOSE, pick(y)], second));
const whatIf = stepFlow(machine, [{ type: 'WHATIF', choice: 0 }], afterTie);
const retaken = toVote(stepFlow(machine, [NEXT, NEXT, hands({ [b]: 4 }), CLOSE, MAJORITY], whatIf));
const ended = finish(machine, saskia, retaken);

const optionOf = (scene: string, id: string) =>
  saskia.scenes[scene]!.choice!.options.find((o) => o.id === id)!;

describe('the room report as data', () => {
  const report = roomReport(saskia, ended.context, 'nl');

  it('names the case, the language and the ending the room reached', () => {
    expect(ended.value).toBe('debrief');
    expect(report).toMatchObject({
      format: 'driehoek-room-report',
      version: 1,
      case: { id: 'saskia', version: saskia.version },
      language: 'nl',
    });
    const ending = saskia.endings[ended.context.at]!;
    expect(report.ending).toMatchObject({ id: ended.context.at, tone: ending.tone });
    expect(TONES).toContain(report.ending?.tone);
    expect(report.ending?.title).toBe(
      typeof ending.title === 'string' ? ending.title : ending.title.nl,
    );
  });

  it('keeps the path taken after "what if": its first choice by majority, every option labelled', () => {
    const [retook] = report.path;
    expect(retook).toMatchObject({
      scene: first.context.at,
      decidedBy: 'majority',
      option: b,
      votesSource: 'hands',
      votesCast: 4,
    });
    const offered = offeredAt(saskia, first);
    expect(retook!.options.map((o) => [o.id, o.label, o.votes])).toEqual(
      offered.map((id, i) => [id, 'ABCDEFG'[i], id === b ? 4 : 0]),
    );
    expect(retook!.question).toBeTruthy();
    expect(report.totals).toEqual({
      choicePoints: report.path.length,
      votesCast: report.path.reduce((sum, c) => sum + c.votesCast, 0),
    });
    expect(report.totals.votesCast).toBeGreaterThanOrEqual(4);
  });

  it('gives the decided option’s verdicts, as the case has them', () => {
    const verdicts = optionOf(first.context.at, b).verdicts;
    expect(report.path[0]!.verdicts.emotional.verdict).toBe(verdicts.emotional.verdict);
    expect(report.path[0]!.verdicts.responsibility.verdict).toBe(verdicts.responsibility.verdict);
    expect(report.path[0]!.verdicts.expertise.verdict).toBe(verdicts.expertise.verdict);
    expect(report.path[0]!.verdicts.expertise.why.length).toBeGreaterThan(0);
  });

  it('keeps the path left with "what if": a majority, then the facilitator’s pick on a tie', () => {
    expect(report.earlierPaths).toHaveLength(1);
    const [left] = report.earlierPaths;
    expect(left!.leftAt).toBe(afterTie.context.at);
    expect(left!.leftAtTitle).not.toBe(left!.leftAt);
    expect(left!.path.map((c) => [c.scene, c.option, c.decidedBy, c.votesCast])).toEqual([
      [first.context.at, a, 'majority', 7],
      [second.context.at, y, 'facilitator', 6],
    ]);
    expect(left!.path[1]!.options.slice(0, 2).map((o) => o.votes)).toEqual([3, 3]);
    const tieVerdicts = optionOf(second.context.at, y).verdicts;
    expect(left!.path[1]!.verdicts.emotional.verdict).toBe(tieVerdicts.emotional.verdict);
  });

  it('has no keys outside its documented shape: no runs, no devices, no times', () => {
    const allowed = new Set([
      ...['format', 'version', 'case', 'language', 'ending', 'path', 'earlierPaths', 'totals'],
      ...['id', 'title', 'tone', 'outcome', 'leftAt', 'leftAtTitle', 'choicePoints', 'votesCast'],
      ...['scene', 'sceneTitle', 'question', 'options', 'votesSource', 'decidedBy', 'option'],
      ...['verdicts', 'emotional', 'responsibility', 'expertise', 'verdict', 'why'],
      ...['label', 'text', 'votes'],
    ]);
    const keys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key);
          walk(inner);
        }
    };
    walk(report);
    expect([...keys].filter((key) => !allowed.has(key))).toEqual([]);
    expect(JSON.stringify(report)).not.toMatch(
      /"(runBefore|run|device\w*|timer|past|\w*(?:Since|Ms)|(?:started|updated|created)At)":/,
    );
    // Plain JSON: nothing lost in a round trip, no shared references into the flow.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('reports a room under way without an ending, and refuses a flow of another case', () => {
    const underWay = roomReport(saskia, afterTie.context, 'en');
    expect(underWay.ending).toBeNull();
    expect(underWay.path).toHaveLength(2);
    expect(roomReportMarkdown(underWay)).toContain('The room has not reached an ending yet.');
    const noor = scenarioFromText(noorText());
    expect(() => roomReport(noor, ended.context, 'nl')).toThrow(/saskia/);
  });
});

describe('the room report as Markdown', () => {
  it('in Dutch: counts and shares per option, who decided and how, verdicts in words', () => {
    const report = roomReport(saskia, ended.context, 'nl');
    const md = roomReportMarkdown(report);
    expect(md).toMatch(/^# Nabespreking met de groep: /);
    expect(md).toContain(`versie ${saskia.version}`);
    expect(md).toContain(roomReportNl.ending.tone[report.ending!.tone]);
    // The 5–2 majority and the 3–3 tie of the path left with "what if".
    expect(md).toMatch(/\| 5 \| 71% \|/);
    expect(md).toMatch(/\| 2 \| 29% \|/);
    expect(md.match(/\| 3 \| 50% \|/g)).toHaveLength(2);
    expect(md).toMatch(/\| 4 \| 100% \|/);
    expect(md).toContain('Besluit: meerderheid · gestemd met handopsteken · stemmen: 7');
    expect(md).toContain('keuze van de gespreksleider bij gelijke stand');
    expect(md).toContain('## Wat-als-paden');
    const { emotional } = report.path[0]!.verdicts;
    expect(md).toContain(`- Emotionele hiërarchie: **${nl.debrief.verdict[emotional.verdict]}**`);
    // The path taken comes before the path left.
    expect(md.indexOf('| 4 | 100% |')).toBeLessThan(md.indexOf('| 5 | 71% |'));
  });

  it('in English, with the same figures', () => {
    const report = roomReport(saskia, ended.context, 'en');
    const md = roomReportMarkdown(report);
    expect(md).toMatch(/^# Room debrief: /);
    expect(md).toContain('Decided by: majority · voted by show of hands · votes: 7');
    expect(md).toContain("the facilitator's pick on a tie");
    expect(md).toContain('## "What if" paths');
    expect(md).toMatch(/\| 5 \| 71% \|/);
    const { expertise } = report.path[0]!.verdicts;
    expect(md).toContain(`- Expertise hierarchy: **${en.debrief.verdict[expertise.verdict]}**`);
    expect(md).not.toContain('hiërarchie');
  });

  it('says what the single-trainee debrief says for verdicts, hierarchies and tones', () => {
    for (const [room, debrief] of [
      [roomReportNl, nl.debrief],
      [roomReportEn, en.debrief],
    ] as const) {
      expect(room.verdict).toEqual(debrief.verdict);
      expect(room.hierarchy).toEqual(debrief.hierarchy);
      expect(room.ending.tone).toEqual(debrief.ending.tone);
    }
  });
});

describe('hostile case texts in the Markdown', () => {
  const HOSTILE = '| # *vet* [link](http://x) <script>alert(1)</script> `code` _x_';
  const noor = scenarioFromText(
    mutate(
      mutate(noorText(), '"Noor en het huiswerk"', JSON.stringify(`Noor ${HOSTILE}`)),
      '"Noor, zo kan het niet langer. Je vader heeft gelijk."',
      JSON.stringify(`# Kop\n- lijst ${HOSTILE}`),
    ),
  );
  const m = createFlowMachine(noor);
  const voting = nextUntilStill(m, stepFlow(m, []));
  const [lecture, meeting] = offeredAt(noor, voting) as [string, string];
  const phones: FlowEvent = {
    type: 'VOTES.SET',
    counts: { [lecture]: 2, [meeting]: 1 },
    source: 'phones',
  };
  const decided = stepFlow(m, [phones, CLOSE, MAJORITY], voting);
  const md = roomReportMarkdown(roomReport(noor, decided.context, 'nl'));

  it('escapes them: no raw HTML, no extra table cells, no headings or emphasis of their own', () => {
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\| \\# \\*vet\\* \\[link\\](http://x)');
    expect(md).toContain('\\`code\\` \\_x\\_');
    const rows = md.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(5);
    const headings = md.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.every((h) => /^#{1,4} /.test(h))).toBe(true);
    expect(headings).toHaveLength(4);
    // The option's line break is gone: its "# Kop" and "- lijst" stay inside the table cell.
    expect(md).toContain('A. \\# Kop - lijst');
  });

  it('counts the phones’ votes as votes from phones', () => {
    expect(md).toContain('gestemd met telefoons · stemmen: 3');
    expect(md).toMatch(/\| 2 \| 67% \|/);
    expect(md).toMatch(/\| 1 \| 33% \|/);
  });
});
