/**
 * Playing a case the way a keyboard user does: start it from the library, read each scene line by
 * line, choose with the digit keys, read the answer and go on with "next scene", continue, and open
 * the debrief. Shared by the end-to-end specs.
 */
import type { Locator, Page } from '@playwright/test';
import { localize, type RunEvent, type Scenario } from '../../src/engine/index.ts';
import { expect, tabTo } from './support.ts';

/** The player's words the helpers look for, in each language the app speaks. */
export const WORDS = {
  nl: {
    start: 'Start',
    pace: 'Tempo van het gesprek',
    coach: /^Coach:/,
    reflect: /^Reflectie:/,
    heading: /^Gesprek: /,
    choices: 'Keuzes',
    next: 'Volgende regel',
    showAll: 'Toon de hele scène',
    continue: 'Verder',
    nextScene: 'Volgende scène',
    sceneDone: 'Einde van deze scène.',
    ended: 'Einde: ',
    toDebrief: 'Naar de nabespreking',
    debrief: 'Nabespreking',
    log: 'Gesprek',
    you: 'Jij:',
    triangle: 'De drie relaties',
    because: (week: number) => `Gevolg van je keuze in week ${week}: “`,
  },
  en: {
    start: 'Start',
    pace: 'Pace of the conversation',
    coach: /^Coach:/,
    reflect: /^Reflect/,
    heading: /^Conversation: /,
    choices: 'Choices',
    next: 'Next line',
    showAll: 'Show the whole scene',
    continue: 'Continue',
    nextScene: 'Next scene',
    sceneDone: 'End of this scene.',
    ended: 'End: ',
    toDebrief: 'To the debrief',
    debrief: 'Debrief',
    log: 'Conversation',
    you: 'You:',
    triangle: 'The three relationships',
    because: (week: number) => `Because of your choice in week ${week}: “`,
  },
} as const;

export type Lang = keyof typeof WORDS;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The heading of a scene as the player shows it: "Week 2 Een week later". */
export function sceneHeading(page: Page, week: number, title: string): Locator {
  return page.getByRole('heading', {
    level: 3,
    name: new RegExp(`^Week ${week} ${escape(title)}$`),
  });
}

/** The section of a scene (a region named by its heading). */
export function sceneRegion(page: Page, week: number, title: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^Week ${week} ${escape(title)}$`) });
}

/** From the library, start a case (in coach mode unless said) with the keyboard only; returns the run's id. */
export async function startCase(
  page: Page,
  lang: Lang,
  caseTitle: RegExp,
  mode: 'coach' | 'reflect' = 'coach',
): Promise<string> {
  const w = WORDS[lang];
  await page.goto('/');
  const card = page.getByRole('article', { name: caseTitle });
  // Tab reaches the checked radio of the group; the arrow keys move between its radios.
  const wanted = card.getByRole('radio', { name: w[mode] });
  await tabTo(page, card.getByRole('radio', { checked: true }));
  for (let i = 0; i < 3 && !(await wanted.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(wanted).toBeChecked();
  const start = card.getByRole('button', { name: new RegExp(`^${w.start} `) });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: w.heading })).toBeVisible();
  await expect(page).toHaveURL(/#\/run\/[0-9a-f]+$/);
  return new URL(page.url()).hash.split('/')[2] as string;
}

/**
 * Wait for the scene (its heading takes focus, so keyboard users land on it), then reveal its
 * lines one by one with the "next line" button, as a keyboard user would.
 */
export async function readScene(page: Page, lang: Lang, week: number, title: string) {
  const w = WORDS[lang];
  await expect(sceneHeading(page, week, title)).toBeFocused();
  const next = page.getByRole('button', { name: w.next, exact: true });
  for (let presses = 0; await next.isVisible(); presses++) {
    expect(presses, 'more "next line" presses than a scene has lines').toBeLessThan(30);
    await tabTo(page, next);
    await page.keyboard.press('Enter');
  }
}

/** The option buttons of the current choice. */
export function options(page: Page, lang: Lang): Locator {
  return page.getByRole('group', { name: WORDS[lang].choices }).getByRole('button');
}

/**
 * Choose the option whose text contains `text` by pressing its digit key; the answer takes focus.
 * Then, unless `stay`, go on to the scene it leads to with "next scene" (see nextScene).
 */
export async function choose(page: Page, lang: Lang, text: string, { stay = false } = {}) {
  const buttons = options(page, lang);
  await expect(buttons.first()).toBeVisible();
  const texts = await buttons.allInnerTexts();
  const index = texts.findIndex((option) => option.includes(text));
  expect(index, `option “${text}” among:\n${texts.join('\n')}`).toBeGreaterThanOrEqual(0);
  expect(index).toBeLessThan(9);
  // The button reads "<digit> <text>"; the digit is hidden from assistive technology.
  const full = (texts[index] as string).replace(/^\s*\d\s*/, '').trim();
  await page.keyboard.press(String(index + 1));
  // The choice is in the log as the counsellor's line, and the choice is gone.
  await expect(log(page, lang).getByText(`${WORDS[lang].you} ${full}`)).not.toHaveCount(0);
  // The answer, with its feedback, stays and has focus until the trainee goes on.
  await expect(answer(page, lang)).toBeFocused();
  await expect(answer(page, lang)).toContainText(full);
  if (!stay) await nextScene(page, lang);
}

/** The answer to the latest choice: the section that has "next scene" below its feedback. */
export function answer(page: Page, lang: Lang): Locator {
  const you = WORDS[lang].you.replace(/:$/, '');
  return page
    .getByRole('region', { name: you, exact: true })
    .filter({ has: page.getByRole('button', { name: WORDS[lang].nextScene, exact: true }) });
}

/** From an answer: the "next scene" button, by keyboard; the scene it leads to follows. */
export async function nextScene(page: Page, lang: Lang) {
  const button = page.getByRole('button', { name: WORDS[lang].nextScene, exact: true });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(button).toHaveCount(0);
}

/** Saskia's first two choices in Dutch: the parents' wish accepted, silence promised. */
export const SASKIA_NOD = 'Dat is duidelijk. Dan laat ik dat onderwerp rusten.';
export const SASKIA_PROMISE = 'Ja. Daar kunt u op rekenen.';

/** Read Saskia's first two scenes in Dutch and make those two choices. */
export async function nodAndPromise(page: Page) {
  await readScene(page, 'nl', 1, 'Gesprek met de ouders');
  await choose(page, 'nl', SASKIA_NOD);
  await readScene(page, 'nl', 1, 'Kunnen we op u rekenen?');
  await choose(page, 'nl', SASKIA_PROMISE);
}

/** A scene without a choice: the "continue" button, by keyboard. */
export async function continueScene(page: Page, lang: Lang) {
  const button = page.getByRole('button', { name: WORDS[lang].continue, exact: true });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** The conversation log. */
export function log(page: Page, lang: Lang): Locator {
  return page.getByRole('log', { name: WORDS[lang].log });
}

/** The delayed-consequence callout in a scene caused by the option whose text starts with `option`. */
export function consequence(scene: Locator, lang: Lang, week: number, option: string): Locator {
  return scene.locator('aside').filter({ hasText: `${WORDS[lang].because(week)}${option}` });
}

/** The triangle's list item for one side, e.g. "Ouders–jij". */
export function triangleSide(page: Page, lang: Lang, between: string): Locator {
  return page
    .getByRole('list', { name: WORDS[lang].triangle })
    .getByRole('listitem')
    .filter({ hasText: `${between}:` });
}

/** On an ending: follow the link to the debrief with the keyboard. */
export async function openDebrief(page: Page, lang: Lang) {
  const w = WORDS[lang];
  const link = page.getByRole('link', { name: w.toDebrief });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: w.debrief, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/#\/run\/[0-9a-f]+\/debrief$/);
}

/** A choice in the debrief's "your path" list, by its heading "Keuze 3 · week 1 · …". */
export function debriefChoice(page: Page, heading: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name: heading, exact: true }) });
}

/** The saved run record as stored under its key, parsed (envelope's data). */
/**
 * The run as saved, once the save has caught up with the screen: the app saves a step after its
 * frame is painted and the browser is idle, so wait until the saved run has `choices` choices.
 */
export async function savedRun(page: Page, runId: string, choices: number): Promise<unknown> {
  await expect
    .poll(async () => {
      const run = (await storedRun(page, runId)) as {
        branches: { save: { events: { type: string }[] } }[];
        activeBranch: string;
      };
      const active = run.branches.find(
        (b) => (b as unknown as { id: string }).id === run.activeBranch,
      );
      return active?.save.events.filter((e) => e.type === 'choice.select').length;
    })
    .toBe(choices);
  return storedRun(page, runId);
}

export async function storedRun(page: Page, runId: string): Promise<unknown> {
  const text = await page.evaluate(
    (key) => window.localStorage.getItem(key),
    `driehoek:data:runs/${runId}`,
  );
  expect(text, 'the run is saved').not.toBeNull();
  return (JSON.parse(text as string) as { data: unknown }).data;
}

/**
 * From the library, start a case at the pace that shows each scene whole and click through the
 * given events (a route the engine found), choosing each option by its text; stops at the ending.
 */
export async function playRoute(page: Page, lang: Lang, scenario: Scenario, events: RunEvent[]) {
  const w = WORDS[lang];
  const optionText = (id: string) =>
    localize(
      Object.values(scenario.scenes)
        .flatMap((s) => s.choice?.options ?? [])
        .find((o) => o.id === id)!.text,
      lang,
    );
  await page.goto('/');
  await page.getByLabel(w.pace).selectOption('all');
  await page
    .getByRole('button', { name: new RegExp(`^${w.start} ${scenario.pupil.name}`) })
    .click();
  for (const event of events) {
    if (event.type === 'scene.continue') {
      await page.getByRole('button', { name: w.continue, exact: true }).click();
      continue;
    }
    const choices = page.getByRole('group', { name: w.choices });
    await choices.getByRole('button', { name: optionText(event.option), exact: false }).click();
    // The answer stays until the trainee goes on.
    await page.getByRole('button', { name: w.nextScene, exact: true }).click();
  }
}
