/** Saskia: the article's path plays out as described, and the respectful path does better. */
import { describe, expect, it } from 'vitest';
import { analyzeRun, localize, visibleLines } from '../../src/engine/index.ts';
import { choose, CONTINUE, loadScenario, play } from '../support/scenarios.ts';

const saskia = loadScenario('scenarios/saskia.yaml');
const START = saskia.meters;
const run = (...options: string[]) => play(saskia, options.map(choose)).getSnapshot();
const linesNow = (snapshot: ReturnType<typeof run>) =>
  visibleLines(saskia.scenes[String(snapshot.value)]?.lines, snapshot.context).map((l) => localize(l.text, 'en')).join(' ');

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

  it('a serving offer after an argument with the parents keeps the door ajar, but not a good ending', () => {
    // The parents think the offer over (a scene without a choice) before the second week.
    const path = (...firstThree: string[]) =>
      play(saskia, [
        ...[...firstThree, 'pc-serving-offer'].map(choose),
        CONTINUE,
        choose('w2-bullying-plan'),
      ]).getSnapshot();
    // The shortest such path the validator found: before 1.3.0 it reached the good "door-ajar".
    const end = path('m1-argue', 'm2-agree', 'f-bullying-focus');
    expect(analyzeRun(saskia, end.context).violations).not.toEqual([]);
    expect(end.value).toBe('door-ajar-dented');
    expect(saskia.endings['door-ajar-dented']?.tone).toBe('mixed');
    // A path to the same offer without a violation keeps the good ending.
    const clean = path('m1-concern', 'm2-promise', 'f-hint-home');
    expect(analyzeRun(saskia, clean.context).violations).toEqual([]);
    expect(clean.value).toBe('door-ajar');
  });

  it('a silent, obedient path ends mixed: nothing broken, nothing gained', () => {
    const end = run('m1-nod', 'm2-promise', 'f-bullying-focus', 'pc-report-only', 'w2-bullying-plan');
    expect(end.value).toBe('stuck-in-silence');
    expect(saskia.endings['stuck-in-silence']?.tone).toBe('mixed');
  });
});
