/** Storm: a fight-divorce, two parents who each want the school on their side, and a school at its limit. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyzeRun,
  availableOptions,
  localize,
  respectfulPath,
  visibleLines,
  type RunContext,
  type Scenario,
} from '../../src/engine/index.ts';
import { everyPlaythrough, type PlayedPath } from '../support/paths.ts';
import { choose, CONTINUE, loadScenario, mutate, play, unvalidatedScenario } from '../support/scenarios.ts';

const FILE = 'scenarios/storm-twee-huizen.yaml';
const storm = loadScenario(FILE);
const paths = everyPlaythrough(storm);
const START = Object.fromEntries(Object.entries(storm.meters).map(([id, m]) => [id, m.start]));

/** Play these options in order, going on through the scenes without a choice. */
function run(...options: string[]) {
  const actor = play(storm);
  for (const option of options) {
    while (actor.getSnapshot().status === 'active' && !storm.scenes[String(actor.getSnapshot().value)]?.choice)
      actor.send(CONTINUE);
    actor.send(choose(option));
  }
  while (actor.getSnapshot().status === 'active' && !storm.scenes[String(actor.getSnapshot().value)]?.choice)
    actor.send(CONTINUE);
  return actor.getSnapshot();
}
const at = (snapshot: ReturnType<typeof run>) => String(snapshot.value);
const linesOf = (step: string, context: RunContext, lang: 'nl' | 'en' = 'en') =>
  visibleLines((storm.scenes[step] ?? storm.endings[step])?.lines, context)
    .map((l) => localize(l.text, lang))
    .join(' ');
const notes = (context: RunContext, from?: string) =>
  context.landed
    .filter((l) => from === undefined || context.history[l.fromChoice]?.option === from)
    .map((l) => localize(l.note, 'en'))
    .join(' ');
const violatingChoices = (context: RunContext) =>
  context.history.filter((c) => Object.values(c.verdicts).some((v) => v.verdict === 'violates')).length;
const violated = (context: RunContext) => violatingChoices(context) > 0;
const endingOf = (p: PlayedPath) => p.end.timeline.at(-1)?.step ?? '';
const toneOf = (p: PlayedPath, scenario: Scenario = storm) => scenario.endings[endingOf(p)]?.tone;
const chose = (p: PlayedPath, option: string) => p.end.history.some((c) => c.option === option);
const option = (scene: string, id: string) => storm.scenes[scene]?.choice?.options.find((o) => o.id === id);
const profile = (scene: string, id: string) => {
  const v = option(scene, id)?.verdicts;
  return [v?.emotional.verdict, v?.responsibility.verdict, v?.expertise.verdict];
};

/** The source: check-ins, a true word about Mondays said as blame, a careful suspension, no debrief. */
const SOURCE = ['ci-heavy-weekend', 'm-fair', 'f-mondays', 'z-name-limit', 's-lawful', 't-let-rest'];
const RESPECTFUL = ['ci-heavy-weekend', 'm-fair', 'f-fair', 'z-name-limit', 's-lawful', 't-debrief'];

describe('Storm, its size and shape (issue 12)', () => {
  it('has 4+ scenes over weeks, 5+ choice points of 3+ options, and 4+ endings of every tone', () => {
    const scenes = Object.values(storm.scenes);
    const choices = scenes.filter((s) => s.choice);
    expect(scenes.length).toBeGreaterThanOrEqual(4);
    expect(new Set(scenes.map((s) => s.week)).size).toBeGreaterThanOrEqual(4);
    expect(choices.length).toBeGreaterThanOrEqual(5);
    for (const scene of choices) {
      expect(scene.choice?.options.length).toBeGreaterThanOrEqual(3);
      expect(scene.choice?.discuss?.length).toBeGreaterThanOrEqual(2);
    }
    expect(Object.keys(storm.endings).length).toBeGreaterThanOrEqual(4);
    expect(new Set(Object.values(storm.endings).map((e) => e.tone))).toEqual(new Set(['good', 'mixed', 'poor']));
  });

  it('gives every option a consequence that lands in a later week, with a note', () => {
    for (const [id, scene] of Object.entries(storm.scenes))
      for (const o of scene.choice?.options ?? []) {
        expect(o.later?.length, `${id} › ${o.id}`).toBeGreaterThan(0);
        for (const l of o.later ?? []) expect(localize(l.note, 'nl').length, o.id).toBeGreaterThan(20);
      }
  });

  it('says it spans as many weeks as its endings reach, and every scene lies inside that span', () => {
    const lastWeek = Math.max(...Object.values(storm.endings).map((e) => e.week ?? 0));
    expect(lastWeek).toBe(13);
    expect(localize(storm.summary, 'nl')).toMatch(/dertien weken/);
    expect(localize(storm.summary, 'en')).toMatch(/thirteen weeks/);
    for (const scene of Object.values(storm.scenes)) expect(scene.week).toBeLessThan(lastWeek);
  });

  it('uses the names of its brief, and none of the other cases', () => {
    const names = Object.values(storm.cast).map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['Storm', 'Nadia Kramer', 'Bas Dijkstra', 'Juf Lieke', 'Mo', 'Hanneke Bos', 'Sanne Peters']),
    );
    const others = ['saskia', 'timo'].flatMap((id) => Object.values(loadScenario(`scenarios/${id}.yaml`).cast).map((c) => c.name));
    const text = readFileSync(FILE, 'utf8');
    for (const name of [...others, 'Marleen', 'Erik', 'Jeroen', 'Esther', 'Marco', 'Yasmina', 'Ilse', 'Antoinette'])
      if (name !== 'Moeder' && name !== 'Vader') expect(text, name).not.toContain(name);
  });
});

describe('Storm, the path of the source', () => {
  it('the Monday check-in holds: "stupid at Dad\'s" is heard without a verdict on Dad', () => {
    const first = run();
    expect(at(first)).toBe('monday-checkin');
    expect(linesOf('monday-checkin', first.context, 'nl')).toContain('Het was stom bij papa.');
    const after = run(SOURCE[0]!);
    expect(at(after)).toBe('mother-meeting');
    expect(after.context.flags.checkInKept).toBe(true);
    expect(notes(after.context, 'ci-heavy-weekend')).toMatch(/calmer/);
    // Group 4 tips over on every path: the old measures fail, he runs from the head.
    expect(after.context.timeline.map((t) => t.step)).toContain('tipping-over');
    const tipping = after.context.timeline.find((t) => t.step === 'tipping-over');
    expect(tipping?.week).toBe(2);
    const seen = visibleLines(storm.scenes['tipping-over']?.lines, after.context).map((l) => localize(l.text, 'en')).join(' ');
    expect(seen).toMatch(/he's being weird again/);
    expect(seen).toMatch(/I'm not doing anything!/);
  });

  it('"the Mondays after your weekends are the hardest" is true, and costs the father’s trust', () => {
    const before = run(...SOURCE.slice(0, 2));
    expect(at(before)).toBe('father-meeting');
    const after = run(...SOURCE.slice(0, 3));
    expect(at(after)).toBe('zorgoverleg-proposal');
    expect(after.context.flags.mondaysBlamed).toBe(true);
    expect(after.context.meters.parentTrust).toBeLessThan(before.context.meters.parentTrust ?? 0);
    expect(linesOf('zorgoverleg-proposal', after.context)).toMatch(/Not to hear again that it's my fault/);
    expect(notes(after.context, 'f-mondays')).toMatch(/according to the school I am the problem/);
    expect(option('father-meeting', 'f-mondays')?.verdicts.emotional.verdict).toBe('violates');
  });

  it('the zorgoverleg, weeks of waiting, one-to-one support from special education, a diagnosis from outside', () => {
    const breaking = run(...SOURCE.slice(0, 4));
    expect(at(breaking)).toBe('breaking-point');
    expect(breaking.context.week).toBe(10);
    const waiting = linesOf('one-to-one', breaking.context);
    expect(waiting).toMatch(/bureaucracy is slow/);
    expect(waiting).toMatch(/one-to-one support from special education/);
    expect(waiting).toMatch(/youth mental-health service/);
    expect(waiting).toMatch(/A diagnosis is not yours to make/);
    expect(linesOf('breaking-point', breaking.context)).toMatch(/nobody reached him any more/);
  });

  it('the suspension is careful and lawful, then an observation placement', () => {
    const team = run(...SOURCE.slice(0, 5));
    expect(at(team)).toBe('team-after');
    expect(team.context.flags.lawfulSuspension).toBe(true);
    expect(notes(team.context, 's-lawful')).toMatch(/Both parents are heard separately and get the same letter/);
    expect(linesOf('team-after', team.context)).toMatch(/observation placement/);
  });

  it('the team never talks it through, and the run ends mixed, as the source does', () => {
    const end = run(...SOURCE);
    expect(end.status).toBe('done');
    expect(at(end)).toBe('careful-but-silent');
    expect(storm.endings['careful-but-silent']?.tone).toBe('mixed');
    const seen = linesOf('careful-but-silent', end.context);
    expect(seen).toMatch(/real case this scenario is based on/);
    expect(seen).toMatch(/never talked about it together again/);
    expect(seen).toMatch(/according to you I am the problem/);
    expect(end.context.meters.teamStrength).toBeLessThan(START.teamStrength ?? 0);
    // The father's trust is lost: both parents together trust the school far less than on the respectful path.
    expect(end.context.meters.parentTrust).toBeLessThanOrEqual((run(...RESPECTFUL).context.meters.parentTrust ?? 0) - 25);
    const analysis = analyzeRun(storm, end.context);
    expect(analysis.violations.map((v) => v.option)).toEqual(['f-mondays']);
  });
});

describe('Storm, the respectful path', () => {
  it('is the engine’s respectful path, and ends good: both heard, neither wins the school, the team debriefs', () => {
    expect(respectfulPath(storm)?.steps.map((s) => s.option)).toEqual(RESPECTFUL);
    const end = run(...RESPECTFUL);
    expect(at(end)).toBe('neutral-ground');
    expect(storm.endings['neutral-ground']?.tone).toBe('good');
    expect(analyzeRun(storm, end.context).violations).toEqual([]);
    const { flags, meters } = end.context;
    expect(flags).toMatchObject({ sameInfoBoth: true, fatherHeard: true, zorgoverlegAgreed: true, lawfulSuspension: true, teamDebriefed: true });
    expect(flags).toMatchObject({ schoolTookSide: false, stormAtTable: false, sentHomeInformally: false });
    expect(meters.loyaltyConflict).toBeLessThan(START.loyaltyConflict ?? 0);
    expect(meters.parentTrust).toBeGreaterThan(START.parentTrust ?? 100);
    expect(meters.teamStrength).toBeGreaterThan(START.teamStrength ?? 100);
    // Both parents speak in the ending: the move was prepared with both.
    const speakers = new Set(visibleLines(storm.endings['neutral-ground']?.lines, end.context).map((l) => l.speaker));
    expect(speakers).toContain('mother');
    expect(speakers).toContain('father');
  });
});

describe('Storm, split loyalty', () => {
  it('passing on what Storm said about his father to his mother violates the emotional hierarchy, and comes back', () => {
    expect(profile('monday-checkin', 'ci-call-mother')).toEqual(['violates', 'violates', 'strains']);
    const meeting = run('ci-call-mother');
    expect(at(meeting)).toBe('mother-meeting');
    expect(notes(meeting.context, 'ci-call-mother')).toMatch(/What did you tell them at school about me\?/);
    expect(meeting.context.meters.workingRelationship).toBeLessThan(START.workingRelationship ?? 0);
    expect(linesOf('mother-meeting', meeting.context)).toMatch(/You rang me yourself/);
    const relayed = paths.filter((p) => chose(p, 'ci-call-mother'));
    expect(relayed.length).toBeGreaterThan(0);
    for (const p of relayed) expect(toneOf(p), endingOf(p)).toBe('poor');
  });

  it('asking Storm what Dad did makes him judge his father, and he stops coming to the door', () => {
    expect(profile('monday-checkin', 'ci-what-did-dad')[0]).toBe('violates');
    const week2 = run('ci-what-did-dad');
    expect(notes(week2.context, 'ci-what-did-dad')).toMatch(/Dad isn't stupid. I never said that./);
  });

  it('the mother’s and the father’s requests: fair to both respects, siding violates, cold neutrality strains', () => {
    expect(profile('mother-meeting', 'm-fair')).toEqual(['respects', 'respects', 'respects']);
    expect(profile('mother-meeting', 'm-side').slice(0, 2)).toEqual(['violates', 'violates']);
    expect(profile('mother-meeting', 'm-cold')).toEqual(['strains', 'respects', 'respects']);
    expect(profile('father-meeting', 'f-fair')).toEqual(['respects', 'respects', 'respects']);
    expect(profile('father-meeting', 'f-back-father')).toEqual(['violates', 'violates', 'violates']);
    expect(profile('father-meeting', 'f-cold')).toEqual(['strains', 'respects', 'respects']);
    // Cold neutrality breaks nothing, but a parent goes unheard: never the good ending.
    for (const p of paths.filter((p) => chose(p, 'm-cold') || chose(p, 'f-cold'))) expect(toneOf(p), endingOf(p)).not.toBe('good');
    const cold = run('ci-heavy-weekend', 'm-cold', 'f-fair', 'z-name-limit', 's-lawful', 't-debrief');
    expect(at(cold)).toBe('debrief-with-a-dent');
    expect(linesOf('debrief-with-a-dent', cold.context)).toMatch(/through her lawyer/);
  });

  it('both parents get the same information: stopping the father’s reports is noticed a week later', () => {
    const father = run('ci-heavy-weekend', 'm-side');
    expect(at(father)).toBe('father-meeting');
    expect(father.context.week).toBe(4);
    expect(notes(father.context, 'm-side')).toMatch(/no longer gets a report/);
    expect(linesOf('father-meeting', father.context)).toMatch(/why I suddenly don't get any reports/);
    // On that path the fair answer that promises him the same reports is replaced by one that owns up.
    const offered = availableOptions(storm, father.context, 'father-meeting').map((o) => o.id);
    expect(offered).toContain('f-own-up');
    expect(offered).not.toContain('f-fair');
    expect(availableOptions(storm, run('ci-heavy-weekend', 'm-fair').context, 'father-meeting').map((o) => o.id)).not.toContain('f-own-up');
  });

  it('taking a side ends with the school a party in the fight: a lawyer’s letter, Storm questioned at both homes', () => {
    const sided = paths.filter((p) => p.end.flags.schoolTookSide);
    expect(sided.length).toBeGreaterThan(0);
    for (const p of sided) expect(endingOf(p)).toBe('party-in-the-fight');
    const end = run('ci-heavy-weekend', 'm-side', 'f-cold', 'z-name-limit', 's-call-now', 't-let-rest');
    expect(at(end)).toBe('party-in-the-fight');
    const seen = linesOf('party-in-the-fight', end.context);
    expect(seen).toMatch(/letter from a lawyer/);
    expect(seen).toMatch(/You wrote for her lawyer/);
    expect(seen).toMatch(/In both his homes Storm is asked/);
    expect(seen).toMatch(/sent home with a single phone call. The father has filed a complaint/);
  });

  it('Storm’s conduct at school stays the school’s matter', () => {
    for (const scene of ['monday-checkin', 'breaking-point', 'team-after']) {
      const leads = storm.scenes[scene]?.choice?.leads;
      expect(leads?.responsibility, scene).toBe('school');
      expect(['school', 'counsellor'], scene).toContain(leads?.expertise);
      expect(leads?.emotional, scene).toBe('parents');
    }
    // "Stupid at Dad's" is not a safety signal: no choice hands responsibility to protection.
    for (const scene of Object.values(storm.scenes)) expect(JSON.stringify(scene.choice?.leads ?? {})).not.toContain('protection');
  });
});

describe('Storm, the zorgoverleg', () => {
  it('naming the school’s own limit and asking consent respects all three; Storm is not made to sit in', () => {
    expect(profile('zorgoverleg-proposal', 'z-name-limit')).toEqual(['respects', 'respects', 'respects']);
    expect(profile('zorgoverleg-proposal', 'z-storm-at-table')[0]).toBe('violates');
    expect(profile('zorgoverleg-proposal', 'z-judge-home')[1]).toBe('violates');
    const atTable = run('ci-heavy-weekend', 'm-fair', 'f-fair', 'z-storm-at-table');
    expect(notes(atTable.context, 'z-storm-at-table')).toMatch(/crawls under the table/);
    const judged = run('ci-heavy-weekend', 'm-fair', 'f-fair', 'z-judge-home');
    expect(notes(judged.context, 'z-judge-home')).toMatch(/Both parents cancel the second appointment/);
  });

  it('the IB’er never diagnoses: no answer of hers names a disorder', () => {
    for (const scene of Object.values(storm.scenes))
      for (const o of scene.choice?.options ?? [])
        expect(`${localize(o.text, 'nl')} ${localize(o.text, 'en')}`).not.toMatch(/hechting|attachment|stoornis|disorder/i);
  });
});

describe('Storm, the suspension: neither "never suspend" nor "suspend sooner"', () => {
  it('"keep him home this week" is an informal exclusion: no decision, the father not told, a hidden stay-at-home', () => {
    expect(profile('breaking-point', 's-call-now').slice(1)).toEqual(['violates', 'violates']);
    const end = run('ci-heavy-weekend', 'm-fair', 'f-fair', 'z-name-limit', 's-call-now', 't-debrief');
    expect(at(end)).toBe('sent-home-quietly');
    expect(storm.endings['sent-home-quietly']?.tone).toBe('poor');
    expect(notes(end.context, 's-call-now')).toMatch(/The father only hears on Saturday, from Storm himself/);
    expect(notes(end.context, 's-call-now')).toMatch(/compulsory-education officer/);
  });

  it('the lawful suspension is part of the good ending; keeping him in the IB’er’s room ends mixed', () => {
    expect(profile('breaking-point', 's-lawful')).toEqual(['respects', 'respects', 'respects']);
    for (const p of paths.filter((p) => toneOf(p) === 'good')) expect(p.end.flags.lawfulSuspension).toBe(true);
    const kept = paths.filter((p) => chose(p, 's-keep-in-room') && !p.end.flags.schoolTookSide && violatingChoices(p.end) < 2);
    expect(kept.length).toBeGreaterThan(0);
    for (const p of kept) expect(endingOf(p)).toBe('held-too-long');
    expect(storm.endings['held-too-long']?.tone).toBe('mixed');
    const end = run('ci-heavy-weekend', 'm-fair', 'f-fair', 'z-name-limit', 's-keep-in-room', 't-debrief');
    expect(notes(end.context, 's-keep-in-room')).toMatch(/application for a place slips/);
  });
});

describe('Storm, endings and gates', () => {
  it('reaches every ending by a path of its own', () => {
    const cases: [string[], string][] = [
      [RESPECTFUL, 'neutral-ground'],
      [SOURCE, 'careful-but-silent'],
      [['ci-heavy-weekend', 'm-fair', 'f-mondays', 'z-name-limit', 's-lawful', 't-debrief'], 'debrief-with-a-dent'],
      [['ci-heavy-weekend', 'm-fair', 'f-fair', 'z-name-limit', 's-keep-in-room', 't-let-rest'], 'held-too-long'],
      [['ci-heavy-weekend', 'm-fair', 'f-fair', 'z-name-limit', 's-call-now', 't-let-rest'], 'sent-home-quietly'],
      [['ci-heavy-weekend', 'm-fair', 'f-back-father', 'z-name-limit', 's-lawful', 't-debrief'], 'party-in-the-fight'],
      [['ci-what-did-dad', 'm-fair', 'f-mondays', 'z-name-limit', 's-lawful', 't-debrief'], 'nobody-left'],
    ];
    for (const [options, ending] of cases) expect(at(run(...options)), ending).toBe(ending);
    expect(new Set(cases.map(([, e]) => e))).toEqual(new Set(Object.keys(storm.endings)));
    expect(new Set(paths.map(endingOf))).toEqual(new Set(Object.keys(storm.endings)));
  });

  it('the good ending is closed to every violating path, by what happened and not by the meters', () => {
    const text = readFileSync(FILE, 'utf8');
    const generous = unvalidatedScenario(
      mutate(mutate(text, 'parentTrust:\n    start: 50', 'parentTrust:\n    start: 100'), 'loyaltyConflict: { start: 45 }', 'loyaltyConflict: { start: 0 }'),
    );
    for (const scenario of [storm, generous]) {
      const wrong = everyPlaythrough(scenario)
        .filter((p) => violated(p.end) && toneOf(p, scenario) === 'good')
        .map((p) => `${p.end.history.map((c) => c.option).join(' → ')} ⇒ ${endingOf(p)}`);
      expect(wrong.slice(0, 3)).toEqual([]);
    }
  });

  it('a run without a violation never ends poorly', () => {
    for (const p of paths.filter((p) => !violated(p.end))) expect(toneOf(p), endingOf(p)).not.toBe('poor');
  });

  it('one unrepaired violation may still end mixed (the source path); two or more end poorly', () => {
    for (const p of paths.filter((p) => violatingChoices(p.end) >= 2)) expect(toneOf(p), endingOf(p)).toBe('poor');
    // Without taking a side or sending him home: the parents close ranks against the school.
    const end = run('ci-what-did-dad', 'm-fair', 'f-mondays', 'z-judge-home', 's-keep-in-room', 't-debrief');
    expect(at(end)).toBe('nobody-left');
    const seen = linesOf('nobody-left', end.context);
    expect(seen).toMatch(/still sits in your room/);
    expect(seen).toMatch(/according to the school I'm the problem/);
    expect(seen).toMatch(/no longer says anything about his weekends/);
    expect(seen).toMatch(/we've lost them both/);
  });

  it('lists in each ending only people who were there, and lets only them speak', () => {
    for (const p of paths) {
      const ending = storm.endings[endingOf(p)];
      const present = new Set(ending?.present ?? []);
      for (const line of visibleLines(ending?.lines, p.end)) if (line.speaker) expect(present, endingOf(p)).toContain(line.speaker);
    }
  });
});
