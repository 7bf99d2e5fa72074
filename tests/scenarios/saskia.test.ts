/** Saskia: the article's path plays out as described, and the respectful path does better. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeRun, localize, visibleLines, type Option, type RunContext, type Scenario } from '../../src/engine/index.ts';
import { everyPlaythrough, firstSituation, type PlayedPath, type Situation } from '../support/paths.ts';
import { choose, loadScenario, mutate, play, unvalidatedScenario } from '../support/scenarios.ts';

const saskia = loadScenario('scenarios/saskia.yaml');
const START = saskia.meters;
const run = (...options: string[]) => play(saskia, options.map(choose)).getSnapshot();
const linesNow = (snapshot: ReturnType<typeof run>) =>
  visibleLines(saskia.scenes[String(snapshot.value)]?.lines, snapshot.context).map((l) => localize(l.text, 'en')).join(' ');
const linesAt = ({ at, run }: Situation, scenario: Scenario = saskia) =>
  visibleLines((scenario.scenes[at] ?? scenario.endings[at])?.lines, run).map((l) => localize(l.text, 'en')).join(' ');
const violated = (run: RunContext) => run.history.some((c) => Object.values(c.verdicts).some((v) => v.verdict === 'violates'));
const endingOf = (p: PlayedPath) => p.end.timeline.at(-1)?.step ?? '';
const toneOf = (p: PlayedPath, scenario: Scenario = saskia) => scenario.endings[endingOf(p)]?.tone;

describe('Saskia, the path from the article', () => {
  const SOURCE = ['m1-nod', 'm2-promise', 'f-raise-divorce', 't-always-come-to-me', 'w2-follow-up-talk', 'pcall-defend'];

  it('talking about the divorce against the wish brings tears, relief and thanks', () => {
    const talk = saskia.scenes['first-session']?.choice?.options.find((o) => o.id === 'f-raise-divorce');
    const reaction = (talk?.reaction ?? []).map((l) => localize(l.text, 'en')).join(' ');
    expect(reaction).toMatch(/cry|tears|sob/i);
    expect(reaction).toMatch(/thank/i);
    const after = run(...SOURCE.slice(0, 3));
    expect(after.value).toBe('divorce-talk');
    expect(after.context.flags.talkedAboutDivorceAgainstWish).toBe(true);
    expect(after.context.meters.workingRelationship).toBeGreaterThan(START.workingRelationship?.start ?? 0);
  });

  it('at the next session, a week later, she avoids all contact', () => {
    const relieved = run(...SOURCE.slice(0, 3)).context.meters;
    const nextWeek = run(...SOURCE.slice(0, 4));
    expect(nextWeek.value).toBe('session-week2');
    expect(nextWeek.context.week).toBe(2);
    expect(nextWeek.context.flags.saskiaAvoidsCounsellor).toBe(true);
    expect(nextWeek.context.meters.workingRelationship).toBeLessThan(relieved.workingRelationship ?? 0);
    expect(nextWeek.context.meters.loyaltyConflict).toBeGreaterThan(relieved.loyaltyConflict ?? 0);
    // The consequence that landed is linked to the talk that caused it, in week 1.
    const landed = nextWeek.context.landed.find((l) => l.effects.flags?.saskiaAvoidsCounsellor);
    expect(nextWeek.context.history[landed?.fromChoice ?? -1]).toMatchObject({ option: 'f-raise-divorce', week: 1 });
    expect(linesNow(nextWeek)).toMatch(/keeps her coat on|don't really need to talk/);
  });

  it('a second attempt fails, the parents’ trust drops, and everyone loses', () => {
    const secondTry = run(...SOURCE.slice(0, 5));
    expect(secondTry.context.flags.secondAttemptFailed).toBe(true);
    const end = run(...SOURCE);
    expect(end.status).toBe('done');
    expect(end.value).toBe('lost-contact');
    expect(saskia.endings['lost-contact']?.tone).toBe('poor');
    const { meters } = end.context;
    expect(meters.parentTrust).toBeLessThan(START.parentTrust?.start ?? 0);
    expect(meters.workingRelationship).toBeLessThan(START.workingRelationship?.start ?? 0);
    expect(meters.loyaltyConflict).toBeGreaterThan(START.loyaltyConflict?.start ?? 100);
  });

  it('the debrief names the emotional hierarchy and the better-parent trap at the talk', () => {
    const analysis = analyzeRun(saskia, run(...SOURCE).context);
    expect(analysis.violations).toContainEqual(expect.objectContaining({ hierarchy: 'emotional', option: 'f-raise-divorce' }));
    const talk = analysis.choices.find((c) => c.choice.option === 'f-raise-divorce');
    expect(localize(talk?.choice.verdicts.emotional.why ?? '', 'nl')).toMatch(/betere ouder/);
    expect(localize(talk?.choice.verdicts.emotional.why ?? '', 'en')).toMatch(/better parent/);
    expect(talk?.consequences.length).toBeGreaterThanOrEqual(1);
  });
});

describe('Saskia, the respectful path', () => {
  const RESPECTFUL = ['m1-concern', 'm2-agree', 'f-bullying-focus', 'pc-serving-offer', 'pp-let-them-tell', 'sp-listen-school'];

  it('voices concern without judging, agrees what may be said, and the parents give permission', () => {
    const end = run(...RESPECTFUL);
    expect(end.value).toBe('permission-given');
    expect(saskia.endings['permission-given']?.tone).toBe('good');
    expect(end.context.flags.parentsGavePermission).toBe(true);
    expect(end.context.flags.talkedAboutDivorceAgainstWish).toBe(false);
    expect(end.context.meters.loyaltyConflict).toBeLessThan(START.loyaltyConflict?.start ?? 0);
    expect(end.context.meters.parentTrust).toBeGreaterThan(START.parentTrust?.start ?? 100);
    expect(analyzeRun(saskia, end.context).violations).toEqual([]);
  });

  it('a serving offer the parents think over ends good only on a path without a violation', () => {
    const thoughtOver = everyPlaythrough(saskia).filter((p) => p.end.timeline.some((t) => t.step === 'parents-think-it-over'));
    const clean = thoughtOver.filter((p) => !violated(p.end));
    const dented = thoughtOver.filter((p) => violated(p.end));
    expect(clean.length).toBeGreaterThan(0);
    expect(dented.length).toBeGreaterThan(0);
    expect(clean.some((p) => toneOf(p) === 'good')).toBe(true);
    for (const p of dented) expect(toneOf(p), endingOf(p)).not.toBe('good');
  });

  it('a silent, obedient path ends mixed: nothing broken, nothing gained', () => {
    const end = run('m1-nod', 'm2-promise', 'f-bullying-focus', 'pc-report-only', 'w2-bullying-plan');
    expect(end.value).toBe('stuck-in-silence');
    expect(saskia.endings['stuck-in-silence']?.tone).toBe('mixed');
  });
});

describe('Saskia, mended (issue 11)', () => {
  // The option at the end of the talk against the parents' wish that accounts to them: the
  // counsellor takes the blame and phones the parents that day.
  const ownedUp = ({ run }: Situation) =>
    run.history.some((c) => c.scene === 'divorce-talk' && c.verdicts.responsibility.verdict === 'respects');

  it('after owning up and phoning the parents, week 2 and the parents’ call follow from that phone call', () => {
    const weekTwo = firstSituation(saskia, (s) => s.at === 'session-week2' && ownedUp(s));
    expect(weekTwo).toBeDefined();
    const seen = linesAt(weekTwo as Situation);
    expect(seen).not.toMatch(/can't make sense|such a good one/);
    expect(seen).toMatch(/because you told them|your call/);

    const call = firstSituation(saskia, (s) => s.at === 'parents-call' && ownedUp(s)) as Situation;
    expect(call).toBeDefined();
    const owned = call.run.history.findIndex((c) => c.scene === 'divorce-talk');
    // Nothing from before the phone call lands as if the parents heard it elsewhere, or costs their trust again.
    const fromBefore = call.run.landed.filter((l) => l.fromChoice <= owned);
    expect(fromBefore.map((l) => localize(l.note, 'en')).join(' ')).not.toMatch(/learn|ignored/);
    for (const l of fromBefore) expect(l.effects.meters?.parentTrust ?? 0).toBeGreaterThanOrEqual(0);
    expect(call.run.flags.parentsLearnedOfTalk).toBe(false);
    expect(linesAt(call)).toMatch(/your call/);
  });

  it('a path that did not own up still hears from the parents that their request was ignored', () => {
    const call = firstSituation(saskia, (s) => s.at === 'parents-call' && !ownedUp(s)) as Situation;
    expect(call.run.flags.parentsLearnedOfTalk).toBe(true);
    expect(call.run.landed.map((l) => localize(l.note, 'en')).join(' ')).toMatch(/ignored their explicit request/);
  });

  it('the good endings are closed to violating paths by what happened, not by the meters', () => {
    // Even parents who start out trusting fully, and a pupil without a loyalty conflict, don't
    // open a good ending to a path with a violation on it.
    const text = readFileSync('scenarios/saskia.yaml', 'utf8');
    const generous = unvalidatedScenario(
      mutate(mutate(text, 'parentTrust: { start: 60 }', 'parentTrust: { start: 100 }'), 'loyaltyConflict: { start: 35 }', 'loyaltyConflict: { start: 0 }'),
    );
    for (const scenario of [saskia, generous]) {
      const wrong = everyPlaythrough(scenario)
        .filter((p) => violated(p.end) && toneOf(p, scenario) === 'good')
        .map((p) => `${p.end.history.map((c) => c.option).join(' → ')} ⇒ ${endingOf(p)}`);
      expect(wrong.slice(0, 3)).toEqual([]);
    }
  });

  it('the agreement at the second meeting is put to the test, and what the counsellor does then matters', () => {
    const keepsAgreement = (o: Option) => o.effects?.flags?.agreementKept === true;
    const testedAt = (scene: string) => saskia.scenes[scene]?.choice?.options.some(keepsAgreement) ?? false;
    // Every run that made the agreement and still has Saskia in guidance, without a talk against
    // the parents' wish and without the parents deciding to let her talk (which supersedes it),
    // meets a later moment where it counts.
    const agreed = everyPlaythrough(saskia).filter(
      (p) =>
        p.end.flags.agreedWhatToSay &&
        !p.end.flags.talkedAboutDivorceAgainstWish &&
        !p.end.timeline.some((t) => t.step === 'parents-permission') &&
        (saskia.endings[endingOf(p)]?.present ?? []).includes('saskia'),
    );
    expect(agreed.length).toBeGreaterThan(0);
    for (const p of agreed) {
      const made = p.end.history.find((c) => c.option === 'm2-agree');
      const tested = p.end.history.find((c) => testedAt(c.scene));
      expect(tested, p.end.history.map((c) => c.option).join(' → ')).toBeDefined();
      expect(tested?.week).toBeGreaterThan(made?.week ?? Infinity);
    }
    // On a clean run whose parents are still thinking the offer over, keeping the agreement ends
    // well; breaking it or leaving it unused does not, and each lands somewhere else.
    const moment = firstSituation(
      saskia,
      (s) => testedAt(s.at) && !violated(s.run) && s.run.timeline.some((t) => t.step === 'parents-think-it-over'),
    ) as Situation;
    expect(moment).toBeDefined();
    const options = saskia.scenes[moment.at]?.choice?.options ?? [];
    const outcome = (o: Option) => {
      const ending = play(saskia, [...moment.events, choose(o.id)]).getSnapshot();
      return { ending: String(ending.value), tone: saskia.endings[String(ending.value)]?.tone, meters: ending.context.meters };
    };
    const kept = outcome(options.find(keepsAgreement) as Option);
    expect(kept.tone).toBe('good');
    const others = options.filter((o) => !keepsAgreement(o));
    expect(others.some((o) => Object.values(o.verdicts).some((v) => v.verdict === 'violates'))).toBe(true);
    for (const o of others) {
      const result = outcome(o);
      expect(result.tone, o.id).not.toBe('good');
      expect(result.meters.loyaltyConflict, o.id).toBeGreaterThan(kept.meters.loyaltyConflict ?? 0);
    }
    expect(new Set(others.map((o) => outcome(o).ending)).size).toBeGreaterThanOrEqual(2);
  });

  it('the span the setting names is the span its scenes and endings use', () => {
    const NL = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht'];
    const EN = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
    const last = Math.max(...[...Object.values(saskia.scenes), ...Object.values(saskia.endings)].map((s) => s.week ?? 0));
    const nl = localize(saskia.setting, 'nl');
    const en = localize(saskia.setting, 'en');
    expect(nl).toContain(`${NL[last]} weken`);
    expect(en).toContain(`${EN[last]} weeks`);
    NL.forEach((word, n) => word && n !== last && expect(nl).not.toContain(`${word} weken`));
    EN.forEach((word, n) => word && n !== last && expect(en).not.toContain(`${word} weeks`));
  });

  it('an ending in which Saskia has left the guidance does not list her as present', () => {
    const left = Object.entries(saskia.endings).filter(([, ending]) =>
      (ending.lines ?? []).some((l) => !l.if && /withdraw|guidance is to stop|no longer has to come/i.test(localize(l.text, 'en'))),
    );
    expect(left.length).toBeGreaterThanOrEqual(2);
    for (const [id, ending] of left) expect(ending.present, id).not.toContain('saskia');
  });

  it('a strain or two never dooms a run: paths without a violation never end poorly', () => {
    const strained = everyPlaythrough(saskia).filter((p) => !violated(p.end));
    expect(strained.length).toBeGreaterThan(10);
    for (const p of strained) expect(toneOf(p), endingOf(p)).not.toBe('poor');
    expect(strained.some((p) => toneOf(p) === 'mixed')).toBe(true);
  });
});
