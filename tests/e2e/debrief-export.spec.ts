/** The debrief leaves the app as a file: Markdown and JSON downloads, and a print layout. */
import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, test } from './support.ts';

test.beforeEach(async ({ page }) => {
  // Timo's shortest route to an ending, through the pace that shows each scene whole.
  await page.goto('/');
  await page.getByLabel('Tempo van het gesprek').selectOption('all');
  await page.getByRole('button', { name: /^Start Timo/ }).click();
  for (let step = 0; step < 24; step++) {
    const debrief = page.getByRole('link', { name: 'Naar de nabespreking' });
    const next = page.getByRole('button', { name: 'Verder', exact: true });
    const nextScene = page.getByRole('button', { name: 'Volgende scène', exact: true });
    const first = page.getByRole('group', { name: 'Keuzes' }).getByRole('button').first();
    await debrief.or(next).or(nextScene).or(first).first().waitFor();
    if (await debrief.count()) break;
    if (await nextScene.count()) await nextScene.click();
    else await ((await next.count()) ? next : first).click();
  }
  await page.getByRole('link', { name: 'Naar de nabespreking' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nabespreking' })).toBeVisible();
});

test('exports the debrief as Markdown and as JSON, with the reflections typed in', async ({
  page,
}) => {
  const answer = 'Ik gaf tips waar Timo bij zat.';
  await page.getByRole('textbox').first().fill(answer);
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer als Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(/^driehoek-timo-\d{4}-\d{2}-\d{2}\.md$/);
  const text = await readFile((await markdown.path()) as string, 'utf8');
  expect(text).toMatch(/^# /m);
  expect(text).toContain('Timo');
  expect(text).toMatch(/[Ee]motione/);
  expect(text).toContain(answer);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer als JSON' }).click(),
  ]);
  const data = JSON.parse(await readFile((await json.path()) as string, 'utf8'));
  expect(JSON.stringify(data)).toContain('choice.select');
  expect(JSON.stringify(data)).toContain(answer);
  await expectAccessible(page, 'the debrief');
});

test('prints without buttons or navigation, and makes a PDF', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Exporteer als Markdown' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Taal' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Nabespreking' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});
