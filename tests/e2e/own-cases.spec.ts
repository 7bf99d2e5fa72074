/**
 * A lecturer's own case in the app: open a file, see exactly what is wrong with a broken one, play
 * a valid one, and find it again after a reload; replace, keep both, download and remove.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support.ts';

const NOOR = readFileSync('docs/examples/noor.yaml', 'utf8');
const ownCases = (page: Page) => page.getByRole('region', { name: 'Eigen casussen' });
const card = (page: Page, title: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });

async function openFile(page: Page, name: string, content: string | Buffer) {
  await page.getByTestId('case-file-input').setInputFiles({
    name,
    mimeType: 'application/yaml',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

test('a valid case file becomes an own case that plays, and is still there after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await openFile(page, 'noor.yaml', NOOR);
  await expect(ownCases(page).getByRole('status')).toContainText(
    '“Noor en het huiswerk” staat nu bij je eigen casussen.',
  );
  // Its one warning is listed, and does not stop it.
  await expect(ownCases(page)).toContainText('Eén waarschuwing (houdt niets tegen):');
  const noor = card(page, 'Noor en het huiswerk');
  await expect(noor).toContainText('Eigen casus · versie 1.0.0 · noor.yaml');
  await expectAccessible(page, 'the library with an own case added');

  await page.reload();
  await expect(noor).toContainText('Eigen casus');
  await noor.getByRole('button', { name: /^Start/ }).click();
  await expect(page.getByRole('heading', { name: /Gesprek met vader en Noor/ })).toBeVisible();
});

const BROKEN: { name: string; content: () => string | Buffer; message: RegExp; line?: number }[] = [
  {
    name: 'a syntax error',
    content: () => NOOR.replace('  meeting:\n    title:', '  meeting:\n   title:'),
    message: /De YAML klopt hier niet.*Zet deze regel even ver in/,
    line: 32,
  },
  {
    name: 'an unknown scene',
    content: () => NOOR.replace('      - goto: open', '      - goto: opne'),
    message: /'opne' is geen bekende scène of einde\. Bedoelde je 'open'\?/,
    line: 92,
  },
  {
    name: 'a missing translation',
    content: () =>
      NOOR.replace(
        'prompt: { nl: "Wat zeg je?", en: "What do you say?" }',
        'prompt: { nl: "Wat zeg je?" }',
      ),
    message: /geen en-versie|geen Engelse/,
    line: 40,
  },
  {
    name: 'a file of 20 MB',
    content: () => Buffer.alloc(20 * 1024 * 1024, 'a'),
    message: /het is 20 MB, en een casusbestand mag hooguit 2 MB zijn/,
  },
  {
    name: 'binary junk',
    content: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    message: /Dit is geen tekstbestand/,
  },
  {
    name: 'a file saved as UTF-16',
    content: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOOR, 'utf16le')]),
    message: /niet als UTF-8 opgeslagen maar als UTF-16/,
  },
];

for (const broken of BROKEN) {
  test(`${broken.name}: the message names the place and how to fix it, and nothing is added`, async ({
    page,
  }) => {
    await page.goto('/');
    const cards = await page.getByRole('article').count();
    // When the file reaches the page (handing 20 MB to the browser takes the test a while).
    await page.getByTestId('case-file-input').evaluate((input) =>
      input.addEventListener('change', () => {
        (window as { chosenAt?: number }).chosenAt = performance.now();
      }),
    );
    await openFile(page, 'kapot.yaml', broken.content());
    const report = ownCases(page).locator('.open-report');
    await expect(report.getByRole('alert')).toContainText('kapot.yaml');
    await expect(report).toContainText(broken.message);
    if (broken.line !== undefined) {
      await expect(report).toContainText(`regel ${broken.line}, kolom`);
      // The lines around the spot, with the spot marked.
      await expect(report.locator('.problem-excerpt').first()).toContainText(`> ${broken.line} |`);
    }
    if (broken.name === 'a file of 20 MB') {
      // Refused by its size, before it is read: within a second.
      const ms = await page.evaluate(
        () => performance.now() - ((window as { chosenAt?: number }).chosenAt ?? 0),
      );
      expect(ms).toBeLessThan(1000);
    }
    await expect(page.getByRole('article')).toHaveCount(cards);
    await expectAccessible(page, `the report on ${broken.name}`);
  });
}

test('an edited file asks before it replaces the case; a clash with a built-in case can keep both', async ({
  page,
}) => {
  await page.goto('/');
  await openFile(page, 'noor.yaml', NOOR);
  await expect(card(page, 'Noor en het huiswerk')).toBeVisible();

  // The author's normal loop: the same version, edited.
  await openFile(page, 'noor.yaml', NOOR.replace('Wat zeg je?', 'Wat zeg jij?'));
  const question = ownCases(page).getByRole('group');
  await expect(question).toContainText('Vervangen door deze tekst (versie 1.0.0)?');
  await expectAccessible(page, 'the question whether to replace');
  await question.getByRole('button', { name: 'Vervangen' }).click();
  await expect(ownCases(page).getByRole('status')).toContainText('is bijgewerkt');
  await expect(page.getByRole('article')).toHaveCount(6);

  // The id of a built-in case: keep both, the file under an id of its own.
  await openFile(
    page,
    'timo-kopie.yaml',
    NOOR.replace('id: noor', 'id: timo').replace('Noor en het huiswerk', 'Timo, mijn versie'),
  );
  await expect(ownCases(page).getByRole('group')).toContainText('De ingebouwde casus “Timo');
  await ownCases(page).getByRole('button', { name: 'Beide houden' }).click();
  await expect(page.getByRole('article')).toHaveCount(7);
  await expect(card(page, 'Timo, mijn versie')).toContainText('Eigen casus');
  await expect(card(page, 'Timo: zegt u het maar')).not.toContainText('Eigen casus');

  // Download gives the file back as it was written.
  const download = page.waitForEvent('download');
  await card(page, 'Noor en het huiswerk')
    .getByRole('button', { name: /Download als \.yaml/ })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('noor.yaml');
  expect(readFileSync(await file.path(), 'utf8')).toContain('Wat zeg jij?');

  // Removing asks first and says what happens to its runs.
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Er zijn geen oefeningen van deze casus.');
    void dialog.accept();
  });
  await card(page, 'Noor en het huiswerk')
    .getByRole('button', { name: /Verwijderen/ })
    .first()
    .click();
  await expect(page.getByRole('article')).toHaveCount(6);
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(6);
});

test('markup in a case’s text is shown as text and never runs', async ({ page }) => {
  await page.goto('/');
  const markup = "<img src=x onerror='document.title=1'>";
  await openFile(page, 'markup.yaml', NOOR.replace('Noor en het huiswerk', markup));
  await expect(page.getByRole('heading', { name: markup })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page).not.toHaveTitle('1');
});
