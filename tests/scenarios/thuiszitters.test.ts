/** Mila stays home: the source's four anchors and her voice reach the agreement; the other roads do not. */
import { describe, expect, it } from 'vitest';
import { localize, visibleLines, type ChoiceRecord, type Option, type RunContext } from '../../src/engine/index.ts';
import { countVerdicts, everyPlaythrough, type PlayedPath } from '../support/paths.ts';
import { choose, CONTINUE, loadScenario, play } from '../support/scenarios.ts';

const mila = loadScenario('scenarios/thuiszitters-buikpijn.yaml');
const paths = everyPlaythrough(mila);
const START = Object.fromEntries(Object.entries(mila.meters).map(([id, m]) => [id, m.start]));

/** Play options in order, continuing through scenes without a choice. */
function run(...options: string[]) {
  const actor = play(mila);
  const wanted = [...options];
  for (let step = 0; step < 40 && actor.getSnapshot().status === 'active'; step++) {
    const at = String(actor.getSnapshot().value);
    if (mila.scenes[at]?.choice) {
      const next = wanted.shift();
      if (!next) break;
      actor.send(choose(next));
    } else actor.send(CONTINUE);
  }
  expect(wanted, 'options left unplayed').toEqual([]);
  return actor.getSnapshot();
}
const endingOf = (p: PlayedPath) => p.end.timeline.at(-1)?.step ?? '';
const toneOf = (p: PlayedPath) => mila.endings[endingOf(p)]?.tone;
const chose = (p: PlayedPath, option: string) => p.end.history.some((c) => c.option === option);
const option = (scene: string, id: string): Option | undefined =>
  mila.scenes[scene]?.choice?.options.find((o) => o.id === id);
const profile = (scene: string, id: string) => {
  const v = option(scene, id)?.verdicts;
  return [v?.emotional.verdict, v?.responsibility.verdict, v?.expertise.verdict];
};
const both = (text: Parameters<typeof localize>[0]) => `${localize(text, 'nl')} ${localize(text, 'en')}`;
const linesAt = (step: string, context: RunContext) =>
  visibleLines((mila.scenes[step] ?? mila.endings[step])?.lines, context)
    .map((l) => localize(l.text, 'en'))
    .join(' ');
const landedFrom = (context: RunContext, id: string) =>
  context.landed.filter((l) => context.history[l.fromChoice]?.option === id);
const sceneOf = (context: RunContext, id: string) => context.history.find((c: ChoiceRecord) => c.option === id)?.scene;

/** The article's order: A1 story, A2 the parents' place, Mila heard, A3 what is doable, A4 a dated agreement, and the look back. */
const SOURCE = [
  'open-with-mila',
  'recognise-her',
  'hear-her-too',
  'ask-worst-moment',
  'what-is-doable',
  'close-side-door',
  'what-made-it-possible',
];

describe('Mila, the size issue 12 asks for', () => {
  it('has four scenes or more over weeks, five choices of three options or more, and four endings of all tones', () => {
    const scenes = Object.values(mila.scenes);
    expect(scenes.length).toBeGreaterThanOrEqual(4);
    expect(new Set(scenes.map((s) => s.week)).size).toBeGreaterThanOrEqual(3);
    const choices = scenes.filter((s) => s.choice);
    expect(choices.length).toBeGreaterThanOrEqual(5);
    for (const scene of choices) expect(scene.choice?.options.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(mila.endings).length).toBeGreaterThanOrEqual(4);
    expect(new Set(Object.values(mila.endings).map((e) => e.tone))).toEqual(new Set(['good', 'mixed', 'poor']));
  });

  it('reaches every ending in a playthrough the engine plays', () => {
    expect(new Set(paths.map(endingOf))).toEqual(new Set(Object.keys(mila.endings)));
  });

  it('lets every option land a consequence in a later week, with a note', () => {
    for (const scene of Object.values(mila.scenes))
      for (const o of scene.choice?.options ?? []) {
        expect(o.later?.length, o.id).toBeGreaterThan(0);
        for (const later of o.later ?? []) expect(localize(later.note, 'nl').length, o.id).toBeGreaterThan(10);
      }
  });

  it('says it spans six weeks, as its endings do', () => {
    expect(localize(mila.summary, 'nl')).toMatch(/zes weken/);
    expect(localize(mila.summary, 'en')).toMatch(/six weeks/);
    for (const ending of Object.values(mila.endings)) expect(ending.week).toBe(6);
  });
});

describe('Mila, the source path: the anchors in order, her voice before the agreement', () => {
  it('A1: the parents begin with their child, and the meeting opens', () => {
    const after = run(SOURCE[0]!);
    expect(after.value).toBe('experts');
    expect(after.context.flags.storyFirst).toBe(true);
    expect(after.context.meters.parentTrust).toBeGreaterThan(START.parentTrust!);
    const reaction = (option('first-meeting', 'open-with-mila')?.reaction ?? []).map((l) => localize(l.text, 'en')).join(' ');
    expect(reaction).toMatch(/horses/);
    expect(linesAt('experts', after.context)).toMatch(/Since the summer/);
  });

  it('A2: the counsellor gives the parents their place, and the mother herself asks whether the school recognises her child', () => {
    const reaction = option('experts', 'recognise-her')?.reaction ?? [];
    const byMother = reaction.filter((l) => l.speaker === 'mother').map((l) => localize(l.text, 'en')).join(' ');
    expect(byMother).toMatch(/recognise her/);
    // The counsellor does not ask it for her: the option hands the question back.
    expect(localize(option('experts', 'recognise-her')!.text, 'en')).toMatch(/What would you like to ask us\?/);
    // The school is open about its own part: a full class, the coat pegs.
    const byTeacher = reaction.filter((l) => l.speaker === 'teacher').map((l) => localize(l.text, 'en')).join(' ');
    expect(byTeacher).toMatch(/twenty-nine/);
    expect(byTeacher).toMatch(/I should have said so sooner/);
  });

  it('Mila is heard with her parents’ consent, before anything is fixed, and names the worst moment', () => {
    expect(localize(option('mila-voice', 'hear-her-too')!.text, 'en')).toMatch(/before we settle anything/);
    const heard = run(...SOURCE.slice(0, 4));
    expect(heard.value).toBe('looking-ahead');
    expect(heard.context.flags.milaHeard).toBe(true);
    expect(heard.context.flags.worstMomentNamed).toBe(true);
    expect(heard.context.flags.dateAgreed).toBe(false);
    expect(mila.scenes['talk-with-mila']?.present).toEqual(expect.arrayContaining(['mila', 'mother']));
    const said = (option('talk-with-mila', 'ask-worst-moment')?.reaction ?? [])
      .filter((l) => l.speaker === 'mila')
      .map((l) => localize(l.text, 'en'))
      .join(' ');
    expect(said).toMatch(/corridor/);
    // Her words come back in the next meeting, where the school owns its part.
    expect(linesAt('looking-ahead', heard.context)).toMatch(/That's our part/);
  });

  it('A3 and A4: the parents choose what is doable, and the agreement is small, formal, for a set period and dated', () => {
    const agreed = run(...SOURCE.slice(0, 6));
    expect(agreed.value).toBe('return-date');
    expect(agreed.context.week).toBe(4);
    expect(agreed.context.flags.doableAsked).toBe(true);
    expect(agreed.context.flags.dateAgreed).toBe(true);
    const doable = (option('looking-ahead', 'what-is-doable')?.reaction ?? []).filter((l) => l.speaker === 'mother');
    expect(doable.map((l) => localize(l.text, 'en')).join(' ')).toMatch(/come earlier/);
    const close = option('closing', 'close-side-door')!;
    expect(localize(close.text, 'nl')).toMatch(/tien minuten eerder/);
    expect(localize(close.text, 'nl')).toMatch(/aangepast rooster, tot we terugkijken/);
    expect(localize(close.text, 'en')).toMatch(/When would suit you\?/);
    // Two mornings out of three, at the look back.
    expect(linesAt('return-date', agreed.context)).toMatch(/Twice she was at the side door/);
    expect(agreed.context.meters.presence).toBeGreaterThan(START.presence!);
  });

  it('the look back starts from what worked, and the run ends in the agreement with its return date (good)', () => {
    const end = run(...SOURCE);
    expect(end.status).toBe('done');
    expect(end.value).toBe('side-door');
    expect(mila.endings['side-door']?.tone).toBe('good');
    expect(countVerdicts(end.context, 'violates')).toBe(0);
    expect(countVerdicts(end.context, 'strains')).toBe(0);
    const outcome = localize(mila.endings['side-door']!.outcome, 'en');
    expect(outcome).toMatch(/crowded corridor/);
    expect(outcome).toMatch(/no miracle/);
    expect(end.context.meters.parentAgency).toBeGreaterThan(START.parentAgency!);
    expect(end.context.meters.loyaltyConflict).toBeLessThan(START.loyaltyConflict!);
  });

  it('the hearing comes before the agreement: no path that reaches the good ending fixed anything before Mila spoke', () => {
    for (const p of paths.filter((path) => toneOf(path) === 'good')) {
      const heardAt = p.end.history.findIndex((c) => c.option === 'ask-worst-moment');
      const agreedAt = p.end.history.findIndex((c) => c.scene === 'closing');
      expect(heardAt).toBeGreaterThanOrEqual(0);
      expect(heardAt).toBeLessThan(agreedAt);
    }
  });

  it('the good ending is closed to every path that skipped an anchor or Mila’s voice', () => {
    for (const p of paths.filter((path) => toneOf(path) === 'good'))
      for (const id of SOURCE) expect(chose(p, id), id).toBe(true);
    for (const p of paths.filter((path) => countVerdicts(path.end, 'violates') > 0))
      expect(toneOf(p), endingOf(p)).not.toBe('good');
  });
});

describe('Mila, opening with a plan or the law', () => {
  it('the parent defends herself, and with home tips, Mila made to explain herself and a plan for home, the conversation closes (poor)', () => {
    const ROAD = ['open-with-plan', 'home-rules', 'let-her-explain', 'target-christmas', 'contract-plan'];
    const defends = run(ROAD[0]!);
    expect(linesAt('experts', defends.context)).toMatch(/It's not our fault/);
    const end = run(...ROAD);
    expect(end.value).toBe('conversation-closed');
    expect(mila.endings['conversation-closed']?.tone).toBe('poor');
    // Stomach aches before the first morning of the plan; then the parents stop answering.
    expect(end.context.history.length).toBe(5);
    expect(end.context.timeline.map((t) => t.step)).toContain('first-morning');
    expect(linesAt('first-morning', end.context)).toMatch(/first morning of the plan/);
    expect(linesAt('conversation-closed', end.context)).toMatch(/nobody answers/);
    expect(end.context.meters.parentTrust).toBeLessThan(START.parentTrust!);
  });

  it('with the law first and a firmer hand advised, the parents close the door before Mila is ever heard', () => {
    const end = run('open-with-law', 'be-firmer', 'hear-her-too');
    expect(end.value).toBe('conversation-closed');
    expect(linesAt('conversation-closed', end.context)).toMatch(/never happened/);
    const defends = run('open-with-law');
    expect(linesAt('experts', defends.context)).toMatch(/GP twice/);
  });

  it('no path that opens with a plan or the law reaches the good ending', () => {
    const opened = paths.filter((p) => chose(p, 'open-with-plan') || chose(p, 'open-with-law'));
    expect(opened.length).toBeGreaterThan(0);
    for (const p of opened) expect(toneOf(p)).not.toBe('good');
  });

  it('keeps the law right: sixteen hours without a valid reason in four weeks, and sick reports via the school doctor', () => {
    const law = option('first-meeting', 'open-with-law')!;
    expect(localize(law.text, 'nl')).toMatch(/zestien uur in vier weken/);
    expect(localize(law.text, 'nl')).toMatch(/jeugdarts/);
    expect(both(law.verdicts.expertise.why)).toMatch(/jeugdarts/);
    // The law is true but never the opening: it strains all three, and is no option that respects.
    expect(profile('first-meeting', 'open-with-law')).toEqual(['strains', 'strains', 'strains']);
    const handOff = mila.endings['handed-off']!;
    expect(both(handOff.outcome)).toMatch(/ziek gemeld, dus de route loopt via de jeugdarts/);
  });
});

describe('Mila’s voice: heard, not put on trial, not skipped', () => {
  it('bringing her in to explain why she won’t come violates the emotional hierarchy', () => {
    expect(profile('mila-voice', 'let-her-explain')[0]).toBe('violates');
    const trial = run('open-with-mila', 'recognise-her', 'let-her-explain');
    expect(trial.value).toBe('looking-ahead');
    expect(trial.context.timeline.map((t) => t.step)).toContain('mila-explains');
    expect(linesAt('mila-explains', trial.context)).toMatch(/between her parents/);
    expect(linesAt('mila-explains', trial.context)).toMatch(/Dunno/);
  });

  it('a plan over her head, however neat and dated, is quietly resisted and ends mixed', () => {
    const end = run('open-with-mila', 'recognise-her', 'plan-without-her', 'what-is-doable', 'close-mornings', 'what-made-it-possible');
    expect(end.value).toBe('plan-over-her-head');
    expect(mila.endings['plan-over-her-head']?.tone).toBe('mixed');
    expect(end.context.flags.dateAgreed).toBe(true);
    expect(end.context.flags.sideDoor).toBe(false);
    expect(linesAt('return-date', end.context)).toMatch(/only after the bell/);
  });

  it('only the agreement shaped by her words has the side door in it', () => {
    expect(option('closing', 'close-side-door')?.if).toEqual({ flag: 'worstMomentNamed' });
    for (const p of paths.filter((path) => chose(path, 'close-side-door'))) expect(chose(p, 'ask-worst-moment')).toBe(true);
  });

  it('asking her how her parents handle the mornings violates the emotional hierarchy, and she withdraws', () => {
    expect(profile('talk-with-mila', 'ask-about-home')[0]).toBe('violates');
    const asked = run('open-with-mila', 'recognise-her', 'hear-her-too', 'ask-about-home');
    expect(asked.context.flags.askedMilaAboutHome).toBe(true);
    expect(asked.context.meters.loyaltyConflict).toBeGreaterThan(START.loyaltyConflict!);
  });
});

describe('Mila, warm without a date, and the return date', () => {
  it('a warm talk without a date: three weeks of silence and more absence (mixed)', () => {
    const end = run(...SOURCE.slice(0, 5), 'see-how-it-goes');
    expect(end.value).toBe('no-date');
    expect(mila.endings['no-date']?.tone).toBe('mixed');
    expect(linesAt('no-date', end.context)).toMatch(/three weeks you hear nothing/);
    const silence = landedFrom(end.context, 'see-how-it-goes');
    expect(silence.length).toBe(1);
    expect(silence[0]?.effects.meters?.presence).toBeLessThan(0);
    expect(end.context.meters.presence).toBeLessThan(run(...SOURCE).context.meters.presence!);
  });

  it('“what made those two possible?” builds on them; handing it to leerplicht hands off the school’s own part', () => {
    expect(profile('return-date', 'what-made-it-possible')).toEqual(['respects', 'respects', 'respects']);
    expect(profile('return-date', 'hand-to-leerplicht')[1]).toBe('violates');
    expect(both(option('return-date', 'hand-to-leerplicht')!.verdicts.responsibility.why)).toMatch(/deel van de school uit handen/);
    const end = run(...SOURCE.slice(0, 6), 'hand-to-leerplicht');
    expect(end.value).toBe('handed-off');
    expect(mila.endings['handed-off']?.tone).toBe('poor');
    expect(linesAt('handed-off', end.context)).toMatch(/the support stays with the school/);
  });

  it('setting the pace over their heads after two good mornings is too fast (mixed)', () => {
    const end = run(...SOURCE.slice(0, 6), 'scale-up');
    expect(end.value).toBe('too-fast');
    expect(mila.endings['too-fast']?.tone).toBe('mixed');
    expect(landedFrom(end.context, 'scale-up')[0]?.effects.meters?.presence).toBeLessThan(0);
  });

  it('a good start dented on the way ends mixed, and names the dent', () => {
    const end = run('open-with-law', 'recognise-her', 'hear-her-too', 'ask-worst-moment', 'what-is-doable', 'close-side-door', 'what-made-it-possible');
    expect(end.value).toBe('guarded-start');
    expect(mila.endings['guarded-start']?.tone).toBe('mixed');
    expect(linesAt('guarded-start', end.context)).toMatch(/Because of the rules/);
  });

  it('the ten-minute start is no magic: even the good ending keeps the stomach aches in view', () => {
    expect(both(mila.endings['side-door']!.outcome)).toMatch(/geen wondermiddel/);
  });
});

describe('Mila, continuity', () => {
  it('lists in each ending only people who can be there, and never the source’s people', () => {
    const names = Object.values(mila.cast).map((c) => c.name).join(' ');
    expect(names).not.toMatch(/Ligtenberg|Groothuis|Marieke|Wilma/);
    for (const [id, ending] of Object.entries(mila.endings)) {
      const speakers = (ending.lines ?? []).flatMap((l) => (l.speaker ? [l.speaker] : []));
      for (const speaker of speakers) expect(ending.present, id).toContain(speaker);
    }
  });

  it('only the talk that happened is mentioned in later scenes', () => {
    for (const p of paths) {
      if (!p.end.history.some((c) => c.option === 'ask-worst-moment'))
        expect(linesAt('looking-ahead', p.end), endingOf(p)).not.toMatch(/coat pegs, when the bell goes/);
      if (sceneOf(p.end, 'hear-her-too') && !p.end.timeline.some((t) => t.step === 'talk-with-mila'))
        expect(linesAt(endingOf(p), p.end)).toMatch(/never happened/);
    }
  });
});
