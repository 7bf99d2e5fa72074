/** Kelvin: the source's path plays out as the blog tells it, and the meldcode's path protects him. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyzeRun,
  localize,
  reflectionQuestionsFor,
  visibleLines,
  type Line,
  type Option,
  type RunContext,
  type RunEvent,
} from '../../src/engine/index.ts';
import { everyPlaythrough, type PlayedPath } from '../support/paths.ts';
import { choose, CONTINUE, loadScenario, play } from '../support/scenarios.ts';

const kelvin = loadScenario('scenarios/kelvin-signalen.yaml');
const START = Object.fromEntries(Object.entries(kelvin.meters).map(([id, m]) => [id, m.start]));

/** Scenes without a choice are passed with "continue"; the ids name the options chosen. */
const NO_CHOICE = new Set(Object.keys(kelvin.scenes).filter((id) => !kelvin.scenes[id]?.choice));
function events(options: string[]): RunEvent[] {
  const actor = play(kelvin);
  const out: RunEvent[] = [];
  const wanted = [...options];
  for (let i = 0; i < 40 && actor.getSnapshot().status === 'active'; i++) {
    const at = String(actor.getSnapshot().value);
    const event = NO_CHOICE.has(at) ? CONTINUE : wanted.length ? choose(wanted.shift() as string) : undefined;
    if (!event) break;
    actor.send(event);
    out.push(event);
  }
  return out;
}
const run = (...options: string[]) => play(kelvin, events(options)).getSnapshot();
const en = (lines: Line[] | undefined, ctx: RunContext) =>
  visibleLines(lines, ctx).map((l) => localize(l.text, 'en')).join(' ');
const nl = (lines: Line[] | undefined, ctx: RunContext) =>
  visibleLines(lines, ctx).map((l) => localize(l.text, 'nl')).join(' ');
const linesHere = (snap: ReturnType<typeof run>, lang: 'en' | 'nl' = 'en') => {
  const at = String(snap.value);
  const lines = (kelvin.scenes[at] ?? kelvin.endings[at])?.lines;
  return lang === 'en' ? en(lines, snap.context) : nl(lines, snap.context);
};
const option = (id: string): Option => {
  for (const scene of Object.values(kelvin.scenes)) {
    const found = scene.choice?.options.find((o) => o.id === id);
    if (found) return found;
  }
  throw new Error(`no option ${id}`);
};
const profile = (id: string) => {
  const v = option(id).verdicts;
  return [v.emotional.verdict, v.responsibility.verdict, v.expertise.verdict];
};
const violated = (ctx: RunContext) => ctx.history.some((c) => Object.values(c.verdicts).some((v) => v.verdict === 'violates'));
const endingOf = (p: PlayedPath) => p.end.timeline.at(-1)?.step ?? '';
const toneOf = (p: PlayedPath) => kelvin.endings[endingOf(p)]?.tone;
const chose = (p: PlayedPath, id: string) => p.end.history.some((c) => c.option === id);
const paths = everyPlaythrough(kelvin);

/** The blog's path: fresh start accepted, signals noted for the care meeting, waiting for Kelvin and for cooperation. */
const SOURCE = ['k0-fresh-start', 'k1-note-for-overleg', 'k2-wait-till-tell', 'k3-stick-to-school', 'k4-keep-eye', 'k6-leerplicht-only'];
/** The meldcode's path, every step respecting all three hierarchies. */
const RESPECTFUL = ['k0-ask-consent', 'k1-note-consult', 'k2-his-world', 'k3-facts-and-help', 'k4-weigh-and-report', 'k5-steady'];

describe('Kelvin, the size of issue 12', () => {
  it('has 4+ scenes over weeks, 5+ choice points of 3+ options, and 4+ endings of every tone', () => {
    const scenes = Object.values(kelvin.scenes);
    expect(scenes.length).toBeGreaterThanOrEqual(4);
    expect(new Set(scenes.map((s) => s.week)).size).toBeGreaterThanOrEqual(4);
    const choices = scenes.filter((s) => s.choice);
    expect(choices.length).toBeGreaterThanOrEqual(5);
    for (const s of choices) expect(s.choice?.options.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(kelvin.endings).length).toBeGreaterThanOrEqual(4);
    expect(new Set(Object.values(kelvin.endings).map((e) => e.tone))).toEqual(new Set(['good', 'mixed', 'poor']));
  });

  it('gives every option three reasoned verdicts and a consequence that lands in a later week', () => {
    for (const scene of Object.values(kelvin.scenes))
      for (const o of scene.choice?.options ?? []) {
        for (const v of Object.values(o.verdicts)) expect(localize(v.why, 'nl').length, o.id).toBeGreaterThan(20);
        expect(o.later?.length, o.id).toBeGreaterThan(0);
        for (const l of o.later ?? []) expect(l.weeks, o.id).toBeGreaterThanOrEqual(1);
      }
  });
});

describe('Kelvin, the path from the source', () => {
  it('accepts the empty handover; the signals, noted for the care meeting, stay loose lines', () => {
    const signals = run(...SOURCE.slice(0, 1));
    expect(signals.value).toBe('signals');
    expect(signals.context.week).toBe(9);
    expect(signals.context.flags.noHistory).toBe(true);
    expect(linesHere(signals)).toMatch(/bruises on his upper arms/);
    expect(linesHere(signals)).toMatch(/scooter/);
    expect(linesHere(signals)).toMatch(/His mother had sunglasses on again/);
    const talk = run(...SOURCE.slice(0, 2));
    expect(talk.value).toBe('talk-kelvin');
    expect(talk.context.flags.consulted).toBe(false);
  });

  it('waiting for Kelvin to tell makes him shut down', () => {
    const before = run(...SOURCE.slice(0, 2)).context.meters;
    const mother = run(...SOURCE.slice(0, 3));
    expect(mother.value).toBe('mother');
    expect(mother.context.week).toBe(12);
    expect(mother.context.meters.loyaltyConflict).toBeGreaterThan(before.loyaltyConflict ?? 0);
    expect(mother.context.meters.workingRelationship).toBeLessThan(before.workingRelationship ?? 0);
    const landed = mother.context.landed.find((l) => mother.context.history[l.fromChoice]?.option === 'k2-wait-till-tell');
    expect(localize(landed?.note ?? '', 'en')).toMatch(/detour around your office/);
    expect(linesHere(mother)).toMatch(/comes alone, as always/);
    expect(linesHere(mother)).toMatch(/daredevil/);
  });

  it('the mother is calm and glad to be involved; the help is turned down; the youth doctor’s hands are tied', () => {
    const stick = option('k3-stick-to-school');
    expect((stick.reaction ?? []).map((l) => localize(l.text, 'en')).join(' ')).toMatch(/nice that you involve me/);
    const doctor = run(...SOURCE.slice(0, 4));
    expect(doctor.value).toBe('jeugdarts');
    expect(doctor.context.week).toBe(20);
    expect(doctor.context.flags.helpRefused).toBe(true);
    expect(linesHere(doctor)).toMatch(/Without the parents' cooperation we can do nothing/);
    expect(linesHere(doctor)).toMatch(/nothing concrete.*go no further/);
  });

  it('after waiting, he is gone after the May holiday: number dead, no goodbye, no handover', () => {
    const gone = run(...SOURCE.slice(0, 5));
    expect(gone.value).toBe('gone');
    expect(gone.context.week).toBe(37);
    expect(linesHere(gone)).toMatch(/not in use/);
    expect(linesHere(gone)).toMatch(/No goodbye, no handover/);
    expect(gone.context.flags.reported).toBe(false);
  });

  it('ends out of sight: the attendance officer, abroad with his mother’s relatives, no protecting body involved', () => {
    const end = run(...SOURCE);
    expect(end.status).toBe('done');
    expect(end.value).toBe('out-of-sight');
    expect(kelvin.endings['out-of-sight']?.tone).toBe('poor');
    const seen = linesHere(end);
    expect(seen).toMatch(/abroad, to his mother's relatives/);
    expect(seen).toMatch(/This is also how it went in the real case/);
    expect(seen).toMatch(/At last/);
    const { flags, meters } = end.context;
    expect(flags.reported).toBe(false);
    expect(flags.passedToVeiligThuis).toBe(false);
    expect(meters.protectionInPlace).toBeLessThanOrEqual(START.protectionInPlace ?? 0);
    const analysis = analyzeRun(kelvin, end.context);
    expect(analysis.violations).toContainEqual(expect.objectContaining({ hierarchy: 'responsibility', option: 'k4-keep-eye' }));
  });

  it('every path that waits for proof or cooperation ends without a report, never well', () => {
    const waited = paths.filter((p) => chose(p, 'k4-keep-eye'));
    expect(waited.length).toBeGreaterThan(0);
    for (const p of waited) {
      expect(p.end.flags.reported).toBe(false);
      expect(toneOf(p), endingOf(p)).toBe('poor');
    }
  });
});

describe('Kelvin, the meldcode path', () => {
  it('maps, consults, talks with Kelvin and his mother, weighs, reports: Kelvin is still at school in June', () => {
    // Straight after the signals are written down: the aandachtsfunctionaris, and Veilig Thuis for advice.
    const talk = run(...RESPECTFUL.slice(0, 2));
    expect(talk.value).toBe('talk-kelvin');
    expect(talk.context.timeline.map((t) => t.step)).toEqual(['intake', 'stuck', 'signals', 'consult', 'talk-kelvin']);
    const advice = en(kelvin.scenes.consult?.lines, talk.context);
    expect(advice).toMatch(/We don't need proof/);
    expect(advice).toMatch(/witnesses violence between his parents falls under the meldcode/);
    expect(advice).toMatch(/If it's turned down, or the signals persist, call us back/);
    const end = run(...RESPECTFUL);
    expect(end.status).toBe('done');
    expect(end.value).toBe('still-here');
    expect(kelvin.endings['still-here']?.tone).toBe('good');
    expect(end.context.week).toBe(41);
    expect(end.context.flags).toMatchObject({ consulted: true, helpOffered: true, helpRefused: true, reported: true, motherTold: true });
    expect(analyzeRun(kelvin, end.context).violations).toEqual([]);
    expect(end.context.meters.protectionInPlace).toBeGreaterThan(START.protectionInPlace ?? 100);
    expect(end.context.meters.loyaltyConflict).toBeLessThan(START.loyaltyConflict ?? 0);
    const seen = linesHere(end);
    expect(seen).toMatch(/About home he still says nothing/);
    expect(seen).toMatch(/phone call to Veilig Thuis, for advice/);
    expect(kelvin.endings['still-here']?.present).toContain('kelvin');
  });

  it('the report is made after the help was refused, on a suspicion without proof', () => {
    const doctor = run(...RESPECTFUL.slice(0, 4));
    expect(doctor.context.flags.helpRefused).toBe(true);
    const note = doctor.context.landed.find((l) => doctor.context.history[l.fromChoice]?.option === 'k3-facts-and-help');
    expect(localize(note?.note ?? '', 'en')).toMatch(/offered and turned down/);
    const weigh = (option('k4-weigh-and-report').reaction ?? []).map((l) => localize(l.text, 'en')).join(' ');
    expect(weigh).toMatch(/Acute danger\? No/);
    // Question 2 is answered before question 3: structural unsafety, or doubt, already means a report.
    expect(weigh).toMatch(/Structural\?.*when in doubt we report/);
    // Both parents are invited to hear of the report beforehand.
    expect(weigh).toMatch(/Rob was invited too/);
    expect(weigh).toMatch(/Then we report/);
  });
});

describe('Kelvin, the protection exception', () => {
  it('puts protection on top of responsibility wherever his safety is at stake, and only there', () => {
    expect(kelvin.scenes.intake?.choice?.leads?.responsibility).toBe('parents');
    for (const id of ['signals', 'talk-kelvin', 'mother', 'jeugdarts', 'after-report', 'gone']) {
      expect(kelvin.scenes[id]?.choice?.leads?.responsibility, id).toBe('protection');
      expect(kelvin.scenes[id]?.choice?.leads?.emotional, id).toBe('parents');
    }
  });

  it('flips the responsibility verdicts: letting it pass violates, consulting and reporting respect', () => {
    for (const id of ['k1-scooters', 'k2-not-my-business', 'k3-stick-to-school', 'k4-keep-eye', 'k5-withdraw', 'k6-for-the-best'])
      expect(option(id).verdicts.responsibility.verdict, id).toBe('violates');
    for (const id of ['k1-note-consult', 'k3-facts-and-help', 'k4-weigh-and-report', 'k6-leerplicht-vt'])
      expect(option(id).verdicts.responsibility.verdict, id).toBe('respects');
  });

  it('never teaches “don’t ask about home”: asking him openly respects all three, closing home off violates responsibility', () => {
    expect(profile('k2-his-world')).toEqual(['respects', 'respects', 'respects']);
    expect(profile('k2-not-my-business')).toEqual(['respects', 'violates', 'strains']);
    const honest = localize(option('k2-his-world').text, 'en');
    expect(honest).toMatch(/don't have to tell me anything/);
    expect(honest).toMatch(/other grown-ups/);
    // Rule 8: asking openly about the signal itself, the bruises, is part of the honest talk.
    expect(honest).toMatch(/bruises.*How did you get them\?/);
    expect(honest).not.toMatch(/between (us|the two of us)|promise/i);
  });

  it('the emotional hierarchy does not change: a secret, a leading question or words against his father violate it', () => {
    for (const id of ['k2-promise-secret', 'k1-ask-leading', 'k4-safe-from-dad', 'k5-kelvin-ally', 'k2-wait-till-tell'])
      expect(option(id).verdicts.emotional.verdict, id).toBe('violates');
    expect(localize(option('k4-safe-from-dad').text, 'en')).toMatch(/your dad/);
  });

  it('tells the mother of the report as a duty, not as a threat; Veilig Thuis takes no children away', () => {
    expect(profile('k3-threat')).toEqual(['strains', 'strains', 'strains']);
    expect(localize(option('k3-threat').verdicts.responsibility.why, 'en')).toMatch(/duty into a deal/);
    expect(localize(option('k5-steady').text, 'nl')).toMatch(/Veilig Thuis haalt geen kinderen weg/);
    expect(localize(option('k5-steady').text, 'en')).toMatch(/doesn't take children away/);
    // A report kept from the mother never ends well, however respectful the rest.
    const quiet = paths.filter((p) => chose(p, 'k4-quiet-report'));
    expect(quiet.length).toBeGreaterThan(0);
    for (const p of quiet) expect(toneOf(p), endingOf(p)).not.toBe('good');
    // A school reports under its own name; Veilig Thuis tells the parents who reported.
    const petra = (option('k4-quiet-report').reaction ?? []).map((l) => localize(l.text, 'en')).join(' ');
    expect(petra).toMatch(/under our own name.*who made the report/);
  });

  it('the sunglasses are the mother’s, in every text that names them', () => {
    const texts: string[] = [];
    const collect = (lines: Line[] | undefined) => lines?.forEach((l) => texts.push(localize(l.text, 'en')));
    for (const scene of Object.values(kelvin.scenes)) {
      collect(scene.lines);
      for (const o of scene.choice?.options ?? []) {
        texts.push(localize(o.text, 'en'));
        collect(o.reaction);
        o.later?.forEach((l) => texts.push(localize(l.note, 'en')));
      }
    }
    Object.values(kelvin.endings).forEach((e) => collect(e.lines));
    const named = texts.filter((t) => /sunglasses/.test(t));
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const t of named) expect(t).toMatch(/mother|you a few times in sunglasses|the sunglasses once more/);
    for (const t of named) expect(t).not.toMatch(/(Kelvin|He|he) (had|wore|wears|has) (his )?sunglasses/);
  });
});

describe('Kelvin, the endings', () => {
  it('reaches every ending on the path it names', () => {
    expect(run(...RESPECTFUL).value).toBe('still-here');
    expect(run(...SOURCE).value).toBe('out-of-sight');
    // A correct report, told beforehand, but announced as a threat: the mother withdraws and they move.
    const threat = run('k0-ask-consent', 'k1-note-consult', 'k2-his-world', 'k3-threat', 'k4-weigh-and-report', 'k5-steady', 'k6-leerplicht-vt');
    expect(threat.value).toBe('known-elsewhere');
    expect(kelvin.endings['known-elsewhere']?.tone).toBe('mixed');
    expect(threat.context.flags.reported).toBe(true);
    expect(linesHere(threat)).toMatch(/Veilig Thuis there has taken over the file/);
    expect(linesHere(threat)).toMatch(/threatened her in November/);
    // The better parent: a leading question, a secret, words against his father.
    const sooner = run('k0-ask-consent', 'k1-ask-leading', 'k2-promise-secret', 'k3-facts-and-help', 'k4-safe-from-dad');
    expect(sooner.value).toBe('taken-out-sooner');
    expect(kelvin.endings['taken-out-sooner']?.tone).toBe('poor');
    expect(sooner.context.week).toBeLessThan(37);
    expect(sooner.context.flags.reported).toBe(false);
    expect(linesHere(sooner)).toMatch(/You don't know anything/);
  });

  it('questioning and a secret are enough to lose him sooner, even without words against his father', () => {
    const end = run('k0-fresh-start', 'k1-ask-leading', 'k2-promise-secret', 'k3-stick-to-school', 'k4-keep-eye');
    expect(end.value).toBe('taken-out-sooner');
    expect(end.context.meters.loyaltyConflict).toBeGreaterThanOrEqual(75);
  });

  it('a correct report the mother only hears from Veilig Thuis ends mixed: the contact is lost, the family is known', () => {
    const end = run('k0-ask-consent', 'k1-note-consult', 'k2-his-world', 'k3-facts-and-help', 'k4-quiet-report', 'k5-steady', 'k6-leerplicht-vt');
    expect(end.value).toBe('known-elsewhere');
    expect(linesHere(end)).toMatch(/went behind her back/);
  });

  it('closes the good ending to every path with a violation, and every violating option sets crossedALine', () => {
    for (const scene of Object.values(kelvin.scenes))
      for (const o of scene.choice?.options ?? [])
        if (Object.values(o.verdicts).some((v) => v.verdict === 'violates')) expect(o.effects?.flags?.crossedALine, o.id).toBe(true);
    const wrong = paths.filter((p) => violated(p.end) && toneOf(p) === 'good').map((p) => p.end.history.map((c) => c.option).join(' → '));
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(paths.some((p) => toneOf(p) === 'good')).toBe(true);
  });

  it('a strain or two never dooms a run: paths without a violation never end poorly, and some end mixed', () => {
    const clean = paths.filter((p) => !violated(p.end));
    expect(clean.length).toBeGreaterThan(5);
    for (const p of clean) expect(toneOf(p), endingOf(p)).not.toBe('poor');
    expect(clean.some((p) => toneOf(p) === 'mixed')).toBe(true);
  });

  it('lists only people who are there: Kelvin is absent from every ending in which he has left', () => {
    for (const id of ['known-elsewhere', 'out-of-sight', 'taken-out-sooner']) expect(kelvin.endings[id]?.present, id).not.toContain('kelvin');
  });

  it('keeps the team’s relief a prompt for reflection, not a moral', () => {
    expect(localize(kelvin.endings['out-of-sight']?.outcome ?? '', 'en')).not.toMatch(/at last/i);
    const asked = reflectionQuestionsFor(kelvin, run(...SOURCE).context).map((q) => q.id);
    expect(asked).toContain('at-last');
    expect(reflectionQuestionsFor(kelvin, run(...RESPECTFUL).context).map((q) => q.id)).not.toContain('at-last');
  });
});

describe('Kelvin, continuity', () => {
  it('keeps its scenes within the school year its setting names', () => {
    const weeks = [...Object.values(kelvin.scenes), ...Object.values(kelvin.endings)].map((s) => s.week ?? 0);
    const last = Math.max(...weeks);
    expect(last).toBe(41);
    expect(localize(kelvin.setting, 'nl')).toContain(`week ${last}`);
    expect(localize(kelvin.setting, 'en')).toContain(`week ${last}`);
    // The May holiday falls before the scene after it, and the May scene before June's endings.
    expect(kelvin.scenes.gone?.week).toBeGreaterThan(kelvin.scenes['after-report']?.week ?? 99);
    expect(kelvin.endings['still-here']?.week).toBeGreaterThan(kelvin.scenes.gone?.week ?? 99);
  });

  it('the consult with Veilig Thuis is recalled only on paths where it happened', () => {
    for (const p of paths.filter((q) => endingOf(q) === 'still-here')) {
      const seen = en(kelvin.endings['still-here']?.lines, p.end);
      expect(/for advice/.test(seen), p.end.history.map((c) => c.option).join(' → ')).toBe(p.end.flags.consulted);
    }
  });

  it('uses names no other case uses, and never the source’s own names', () => {
    const names = Object.values(kelvin.cast).map((c) => c.name);
    const others = readdirSync('scenarios')
      .filter((f) => f.endsWith('.yaml') && !f.startsWith('kelvin'))
      .flatMap((f) => Object.values(loadScenario(`scenarios/${f}`).cast).map((c) => c.name));
    for (const name of names) expect(others, name).not.toContain(name);
    const all = JSON.stringify(kelvin);
    for (const source of ['Gijs', 'Antoinette', 'Annette']) expect(all).not.toContain(source);
  });
});
