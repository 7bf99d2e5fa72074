/**
 * The layout holds on every screen the users have: at four window sizes, in light and dark, the
 * library, the player mid-run (coach and reflect) and a debrief neither overflow sideways nor cut
 * off text, draw their smallest labels large enough, have their own title, and pass axe.
 * With LAYOUT_SHOTS=1 it also saves a screenshot of every screen into .tmp/shots/.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { clippedText, smallestText } from './layout-measure.ts';
import {
  choose,
  nodAndPromise,
  openDebrief,
  readScene,
  SASKIA_NOD,
  SASKIA_PROMISE,
  startCase,
  WORDS,
} from './play.ts';
import { runExport } from '../support/class-exports.ts';
import { everyPlaythrough } from '../support/paths.ts';
import { loadScenario, noorText } from '../support/scenarios.ts';
import { expect, expectAccessible, tabTo, test } from './support.ts';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const SCHEMES = ['light', 'dark'] as const;
const SHOTS = process.env.LAYOUT_SHOTS === '1';

/** Saskia's source path, scene by scene: the choices that reach an ending in six steps. */
const SOURCE_PATH: [week: number, scene: string, option: string][] = [
  [1, 'Gesprek met de ouders', SASKIA_NOD],
  [1, 'Kunnen we op u rekenen?', SASKIA_PROMISE],
  [1, 'Begeleiding met Saskia', 'Saskia, ik zie al een tijd hoe verdrietig je bent'],
  [1, 'Na de tranen', 'Wat knap dat je dit durfde te vertellen.'],
  [2, 'Een week later', 'Saskia, we hadden vorige week toch een goed gesprek?'],
  [3, 'De ouders bellen', 'Ik begrijp dat u boos bent.'],
];

interface Runs {
  storage: Awaited<ReturnType<BrowserContext['storageState']>>;
  coach: string;
  reflect: string;
  debrief: string;
}

/** From the library, start Saskia in reflect mode by keyboard, as startCase does for coach. */
async function startReflect(page: Page) {
  await page.goto('/');
  const card = page.getByRole('article', { name: /^Saskia/ });
  // Tab reaches a radio group at its checked radio; the arrow keys move within it.
  await tabTo(page, card.getByRole('radio', { checked: true }));
  const reflect = card.getByRole('radio', { name: /^Reflectie:/ });
  while (!(await reflect.isChecked())) await page.keyboard.press('ArrowDown');
  const start = card.getByRole('button', { name: /^Start / });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: WORDS.nl.heading })).toBeVisible();
}

/** Play the three runs once: coach and reflect after two choices, and a finished coach run. */
async function playRuns(browser: Browser): Promise<Runs> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await startCase(page, 'nl', /^Saskia/);
  await nodAndPromise(page);
  const coach = page.url();
  await startReflect(page);
  await nodAndPromise(page);
  const reflect = page.url();
  await startCase(page, 'nl', /^Saskia/);
  for (const [week, scene, option] of SOURCE_PATH) {
    await readScene(page, 'nl', week, scene);
    await choose(page, 'nl', option);
  }
  await readScene(page, 'nl', 4, 'Einde: Iedereen verliest');
  await openDebrief(page, 'nl');
  const debrief = page.url();
  const storage = await context.storageState();
  await context.close();
  return { storage, coach, reflect, debrief };
}

let runs: Runs;
test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(180_000);
  runs = await playRuns(browser);
});

/** Measure one screen: overflow and clipping, the given minimum text sizes, axe; then a shot. */
async function check(
  page: Page,
  name: string,
  title: RegExp,
  minimums: [selector: string, px: number][] = [],
) {
  await expect.soft(page).toHaveTitle(title);
  expect.soft(await page.evaluate(clippedText), `clipped text on ${name}`).toEqual([]);
  for (const [selector, px] of minimums) {
    const smallest = await page.evaluate(smallestText, selector);
    expect(smallest, `the smallest text in ${selector} on ${name}`).toBeLessThan(Infinity);
    expect.soft(smallest, `the smallest text in ${selector} on ${name}`).toBeGreaterThanOrEqual(px);
  }
  await expectAccessible(page, name);
  if (SHOTS) {
    await mkdir('.tmp/shots', { recursive: true });
    await page.screenshot({ path: `.tmp/shots/${name}.png`, fullPage: true });
    await page.screenshot({ path: `.tmp/shots/${name}-window.png` });
    for (const [selector] of minimums) {
      // A clip of the window rather than an element shot, which waits for a sticky element to settle.
      const part = page.locator(selector).first();
      await part.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
      const box = await part.boundingBox();
      if (box)
        await page.screenshot({
          path: `.tmp/shots/${name}-${selector.replace(/\W/g, '')}.png`,
          clip: box,
        });
    }
  }
}

for (const scheme of SCHEMES) {
  for (const size of SIZES) {
    const at = `${size.width}x${size.height}-${scheme}`;
    test.describe(`at ${size.width}×${size.height}, ${scheme}`, () => {
      test.use({ viewport: size, colorScheme: scheme });
      test.beforeEach(async ({ context }) => {
        await context.addCookies(runs.storage.cookies);
        await context.addInitScript((origins) => {
          // The runs played once, put back before the app reads its storage.
          for (const { origin, localStorage } of origins)
            if (origin === window.location.origin && !window.localStorage.length)
              for (const { name, value } of localStorage) window.localStorage.setItem(name, value);
        }, runs.storage.origins);
      });

      test('the library, the player and the debrief hold their layout', async ({ page }) => {
        test.setTimeout(300_000);
        await page.goto('/');
        await expect(
          page.getByRole('heading', { level: 2, name: 'Casussen', exact: true }),
        ).toBeVisible();
        await check(page, `library-${at}`, /^Casussen · Driehoek$/);

        for (const mode of ['coach', 'reflect'] as const) {
          await page.goto(runs[mode]);
          await expect(page.getByRole('group', { name: WORDS.nl.choices })).toBeVisible();
          await check(page, `player-${mode}-${at}`, /^Gesprek: Saskia.* · Driehoek$/, [
            ['.triangle', 14],
          ]);
        }

        await page.goto(runs.debrief);
        await expect(page.getByRole('heading', { level: 2, name: 'Nabespreking' })).toBeVisible();
        await check(page, `debrief-${at}`, /^Nabespreking: Saskia.* · Driehoek$/, [['.chart', 12]]);
      });
    });
  }
}

const CLASS_FILES = (() => {
  const saskia = loadScenario('scenarios/saskia.yaml');
  return everyPlaythrough(saskia)
    .slice(0, 3)
    .map((path, i) => ({
      name: `saskia-${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify(runExport(saskia, path.events, { participant: `Student ${i + 1}` })),
      ),
    }));
})();

for (const scheme of SCHEMES) {
  for (const size of SIZES) {
    const at = `${size.width}x${size.height}-${scheme}`;
    test.describe(`at ${size.width}×${size.height}, ${scheme}`, () => {
      test.use({ viewport: size, colorScheme: scheme });
      test('the map, a case file’s report and the class report hold their layout', async ({
        page,
      }) => {
        test.setTimeout(300_000);
        await page.goto('/#/map/saskia');
        await page.locator('.map-node').nth(1).click();
        await expect(page.getByRole('heading', { level: 3, name: /^Geselecteerd:/ })).toBeVisible();
        await check(page, `map-${at}`, /^Kaart: Saskia.* · Driehoek$/);

        await page.goto('/');
        await page.getByTestId('case-file-input').setInputFiles({
          name: 'noor.yaml',
          mimeType: 'application/yaml',
          buffer: Buffer.from(noorText().replace('- goto: open', '- goto: opne')),
        });
        await expect(page.getByRole('alert')).toContainText('noor.yaml is niet toegevoegd');
        await check(page, `own-case-report-${at}`, /^Casussen · Driehoek$/);

        await page.goto('/#/class');
        await page.getByTestId('class-files-input').setInputFiles(CLASS_FILES);
        await expect(page.locator('.map-edge.heat').first()).toBeVisible();
        await check(page, `class-report-${at}`, /^Klasoverzicht · Driehoek$/);
      });
    });
  }
}

test('a run that does not exist has a title that says so', async ({ page }) => {
  await page.goto('/#/run/0000/debrief');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveTitle('Niet gevonden · Driehoek');
  await expectAccessible(page, 'a run that does not exist');
});
