/** Timo: the continuity and consequence bugs of issue 11, found on paths the engine plays. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localize, transcript, type ChoiceRecord, type Line, type RunContext } from '../../src/engine/index.ts';
import { everyPlaythrough, choicesWith, countVerdicts, type PlayedPath } from '../support/paths.ts';
import { loadScenario } from '../support/scenarios.ts';

const timo = loadScenario('scenarios/timo.yaml');
const paths = everyPlaythrough(timo);

const respects = (choice: ChoiceRecord) => Object.values(choice.verdicts).every((v) => v.verdict === 'respects');
/** The playthroughs that respect all three hierarchies everywhere, except for the one named option. */
const respectfulExcept = (option: string) =>
  paths.filter(
    (p) => p.end.history.some((c) => c.option === option) && p.end.history.every((c) => c.option === option || respects(c)),
  );
const endingOf = (p: PlayedPath) => p.end.timeline.at(-1)?.step ?? '';
const toneOf = (p: PlayedPath) => timo.endings[endingOf(p)]?.tone;
const both = (lines: Line[]) => lines.map((l) => `${localize(l.text, 'nl')} ${localize(l.text, 'en')}`).join(' ');
const turns = (run: RunContext) => transcript(timo, run);

describe('Timo, continuity', () => {
  it('says it spans as many weeks as its endings reach', () => {
    const numbers: Record<string, number> = { vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
    const lastWeek = Math.max(...Object.values(timo.endings).map((e) => e.week ?? 0));
    for (const lang of ['nl', 'en'] as const) {
      const span = localize(timo.summary, lang).toLowerCase().match(/(\w+) (?:weken|weeks)/)?.[1] ?? '';
      expect(numbers[span], `${lang}: "${span}"`).toBe(lastWeek);
    }
  });

  it('after a plan for home was brought to the meeting, thinking aloud sets it aside in words', () => {
    const withPlan = paths.filter((p) => p.end.history.some((c) => c.option === 'gate-book-it'));
    const thinking = withPlan.flatMap((p) => turns(p.end)).filter((t) => t.kind === 'choice' && t.option.id === 'think-aloud');
    expect(thinking.length).toBeGreaterThan(0);
    for (const turn of thinking) {
      const said = turn.kind === 'choice' ? both(turn.reaction) : '';
      expect(said).not.toMatch(/schrijft niets op|write nothing down/);
      expect(said).toMatch(/A4|sheet/);
    }
  });

  it('in the second session, no answer thanks Timo for telling when he told nothing', () => {
    let silent = 0;
    for (const p of paths) {
      const all = turns(p.end);
      const at = all.findIndex((t) => t.kind === 'scene' && t.step === 'second-session');
      const [scene, choice] = [all[at], all[at + 1]];
      if (scene?.kind !== 'scene' || choice?.kind !== 'choice') continue;
      if (scene.lines.some((l) => l.speaker === 'timo')) continue;
      silent++;
      expect(`${localize(choice.option.text, 'nl')} ${localize(choice.option.text, 'en')}`).not.toMatch(/je het vertelt|vertelde je|for telling|you told/i);
    }
    expect(silent).toBeGreaterThan(0);
    // The choice is how the guidance at school goes on: the counsellor's ground (review, T6).
    expect(timo.scenes['second-session']?.choice?.leads?.expertise).toBe('counsellor');
  });

  it("gives Timo's family a surname no counsellor of any case carries", () => {
    const surname = (name: string) => name.split(' ').slice(1).join(' ').toLowerCase();
    const family = new Set(Object.values(timo.cast).filter((c) => c.role === 'parent').map((c) => surname(c.name)));
    const counsellors = readdirSync('scenarios')
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => Object.values(loadScenario(`scenarios/${f}`).cast).filter((c) => c.role === 'counsellor'));
    for (const counsellor of counsellors) expect(family, counsellor.name).not.toContain(surname(counsellor.name));
  });

  it('speaks of group 8 and the intern begeleider', () => {
    expect(localize(timo.pupil.schoolYear, 'en')).toMatch(/group 8/);
    expect(localize(timo.pupil.schoolYear, 'en')).not.toMatch(/year 8/);
    expect(localize(timo.setting, 'nl')).toMatch(/intern begeleider/);
  });
});

describe('Timo, consequences that fit the verdicts', () => {
  it('booking the meeting the parents asked for claims no follow-up, but fixing its plan keeps the ending mixed', () => {
    const booked = respectfulExcept('gate-book-it');
    expect(booked.length).toBeGreaterThan(0);
    for (const p of booked) {
      expect(countVerdicts(p.end, 'violates')).toBe(0);
      expect(p.end.flags.counsellorClaimedFollowUp).toBe(false);
      expect(toneOf(p), endingOf(p)).toBe('mixed');
    }
  });

  it('the quick tip at the gate costs the parents their own approach, not Timo his loyalty', () => {
    const tipped = respectfulExcept('gate-quick-tip');
    expect(tipped.length).toBeGreaterThan(0);
    for (const p of tipped) {
      const landed = p.end.landed.filter((l) => p.end.history[l.fromChoice]?.option === 'gate-quick-tip');
      expect(landed.length).toBe(1);
      expect(landed[0]?.effects.meters?.loyaltyConflict ?? 0).toBeLessThanOrEqual(0);
      expect(landed[0]?.effects.meters?.parentAgency ?? 0).toBeLessThan(0);
      expect(toneOf(p), endingOf(p)).toBe('mixed');
    }
  });

  it('a run without a violation never ends poorly, and one with a strain or two can end mixed', () => {
    const clean = paths.filter((p) => countVerdicts(p.end, 'violates') === 0);
    for (const p of clean) expect(toneOf(p), endingOf(p)).not.toBe('poor');
    const strained = clean.filter((p) => [1, 2].includes(choicesWith(p.end, 'strains')));
    expect(new Set(strained.map(toneOf))).toContain('mixed');
  });

  it('handing back is not always taken up: parents whose trust wore thin decline the meeting', () => {
    const handedBack = paths.filter((p) => p.end.history.some((c) => c.scene === 'empty-chair' && respects(c)));
    const trustThen = (p: PlayedPath) => {
      const at = p.end.timeline.findIndex((t) => t.step === 'empty-chair');
      return p.end.timeline[at]?.meters.parentTrust ?? 0;
    };
    const byEnding = new Map<string, PlayedPath[]>();
    for (const p of handedBack) byEnding.set(endingOf(p), [...(byEnding.get(endingOf(p)) ?? []), p]);
    expect(byEnding.size).toBe(2);
    const [taken, declined] = [...byEnding.values()].sort((a, b) => Math.max(...b.map(trustThen)) - Math.max(...a.map(trustThen)));
    expect(Math.min(...(taken ?? []).map(trustThen))).toBeGreaterThan(Math.max(...(declined ?? []).map(trustThen)));
  });

  it('follows the verdict review (T1–T5)', () => {
    const option = (scene: string, id: string) => timo.scenes[scene]?.choice?.options.find((o) => o.id === id);
    const profile = (scene: string, id: string) => {
      const v = option(scene, id)?.verdicts;
      return [v?.emotional.verdict, v?.responsibility.verdict, v?.expertise.verdict];
    };
    expect(profile('meeting', 'three-tips')).toEqual(['violates', 'violates', 'strains']);
    expect(profile('meeting', 'book-parent-meeting')).toEqual(['strains', 'violates', 'strains']);
    expect(profile('schoolgate', 'gate-quick-tip')).toEqual(['respects', 'strains', 'respects']);
    expect(profile('schoolgate', 'gate-book-it')).toEqual(['respects', 'strains', 'strains']);
    expect(profile('parents-meeting', 'reassure-parents')).toEqual(['strains', 'violates', 'strains']);
    expect(option('schoolgate', 'gate-book-it')?.effects?.flags?.counsellorClaimedFollowUp).toBeUndefined();
  });
});
