/**
 * No choice and no scene by accident: Enter held down on the pacing controls (the key repeats)
 * reveals lines and stops at the question; after a choice the answer and its feedback stay in
 * view, focused, until "next scene".
 */
import {
  answer,
  log,
  nextScene,
  options,
  readScene,
  SASKIA_NOD,
  sceneHeading,
  startCase,
  choose,
  storedRun,
  WORDS,
} from './play.ts';
import { expect, tabTo, test } from './support.ts';
import type { Page } from '@playwright/test';

/** Hold Enter down on what has focus: a first keydown, then the keyboard's repeats, then up. */
async function holdEnter(page: Page, repeats = 30) {
  for (let i = 0; i <= repeats; i++) await page.keyboard.down('Enter');
  await page.keyboard.up('Enter');
}

const choicesMade = async (page: Page, runId: string) => {
  const run = (await storedRun(page, runId)) as {
    branches: { save: { events: { type: string }[] } }[];
  };
  return run.branches[0]?.save.events.filter((e) => e.type === 'choice.select').length;
};

test('holding Enter on the pacing controls never chooses and never skips a scene', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const w = WORDS.nl;
  const runId = await startCase(page, 'nl', /^Saskia/);
  await expect(sceneHeading(page, 1, 'Gesprek met de ouders')).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: w.next, exact: true }));
  await holdEnter(page);

  // Every line is out; focus is on the question, which Enter cannot activate; nothing chosen.
  await expect(page.getByRole('button', { name: w.next, exact: true })).toHaveCount(0);
  await expect(options(page, 'nl')).toHaveCount(4);
  const focused = page.locator(':focus');
  await expect(focused).toContainText('Wat doe je?');
  expect(await focused.evaluate((el) => el.closest('button, a') === null)).toBe(true);
  await expect(log(page, 'nl').getByText(w.you)).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await choicesMade(page, runId)).toBe(0);

  // A choice; Enter held on its answer does not bring the next scene.
  await choose(page, 'nl', SASKIA_NOD, { stay: true });
  await holdEnter(page);
  await expect(answer(page, 'nl')).toBeFocused();
  await expect(sceneHeading(page, 1, 'Kunnen we op u rekenen?')).toHaveCount(0);

  // Enter held on "next scene": the scene comes, its heading takes focus, and the repeats that
  // follow neither reveal its lines nor choose.
  await tabTo(page, page.getByRole('button', { name: w.nextScene, exact: true }));
  await holdEnter(page);
  await expect(sceneHeading(page, 1, 'Kunnen we op u rekenen?')).toBeFocused();
  await expect(page.getByRole('group', { name: w.choices })).toBeVisible();
  await expect(log(page, 'nl').getByText(w.you)).toHaveCount(1);
  await page.waitForTimeout(300);
  expect(await choicesMade(page, runId)).toBe(1);
});

for (const mode of ['coach', 'reflect'] as const) {
  test(`after a choice in ${mode} mode, the answer stays in view and focused until "next scene"`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await startCase(page, 'nl', /^Saskia/, mode);
    await readScene(page, 'nl', 1, 'Gesprek met de ouders');
    await choose(page, 'nl', SASKIA_NOD, { stay: true });
    const standing = answer(page, 'nl');
    await expect(standing).toBeFocused();
    await expect(standing.getByText(WORDS.nl.you)).toBeInViewport();
    const feedback = standing.getByText('Uitleg bij je keuze');
    if (mode === 'coach') {
      await expect(feedback).toBeInViewport();
      await expect(standing.getByText(/alle drie de hiërarchieën/)).toBeInViewport();
    } else {
      await expect(feedback).toHaveCount(0);
      await expect(page.getByText('Bovenaan')).toHaveCount(0);
    }
    await expect(sceneHeading(page, 1, 'Kunnen we op u rekenen?')).toHaveCount(0);
    // The side panel is taller than the window now; its triangle stays in view beside the answer.
    await expect(page.getByRole('img', { name: /^De driehoek tussen/ })).toBeInViewport({
      ratio: 1,
    });
    // Number keys choose nothing while the next scene waits.
    await page.keyboard.press('1');
    await expect(log(page, 'nl').getByText(WORDS.nl.you)).toHaveCount(1);
    await page.screenshot({ path: `.tmp/screenshots/choice-${mode}-1280x720.png` });

    await nextScene(page, 'nl');
    const heading = sceneHeading(page, 1, 'Kunnen we op u rekenen?');
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });
}
