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

test('exports the debrief as Markdown and as JSON, with the name and the reflections typed in', async ({
  page,
}) => {
  const answer = 'Ik gaf tips waar Timo bij zat.';
  const name = 'Groep 3B — Ayla';
  await page.getByRole('textbox', { name: 'Naam of groep (niet verplicht)' }).fill(name);
  await page.getByRole('textbox', { name: /^Vraag 1:/ }).fill(answer);
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer als Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(
    /^driehoek-timo-groep-3b-ayla-\d{4}-\d{2}-\d{2}\.md$/,
  );
  const text = await readFile((await markdown.path()) as string, 'utf8');
  expect(text).toMatch(/^# /m);
  expect(text).toContain('Timo');
  expect(text).toMatch(/[Ee]motione/);
  expect(text).toContain(answer);
  expect(text).toContain(`- Naam of groep: ${name}\n`);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer als JSON' }).click(),
  ]);
  const data = JSON.parse(await readFile((await json.path()) as string, 'utf8'));
  expect(JSON.stringify(data)).toContain('choice.select');
  expect(JSON.stringify(data)).toContain(answer);
  expect(data.run.participant).toBe(name);
  // The answer is kept under its question's id, which the Markdown names too.
  const answered = data.reflections.find((r: { answer: string }) => r.answer === answer);
  expect(answered.id).toMatch(/^[a-z][a-z0-9-]*$/);
  expect(text).toContain(`\`${answered.id}\``);
  await expectAccessible(page, 'the debrief');

  // The name stays on the device: the run keeps it, and a reload shows it again.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Naam of groep (niet verplicht)' })).toHaveValue(
    name,
  );
});

test('prints without buttons or navigation, and makes a PDF', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Exporteer als Markdown' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Taal' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Nabespreking' })).toBeVisible();
  // Screen-only hints and the name's own field are left out; the name is a line to write on.
  await expect(page.getByText(/^Je antwoorden worden op dit apparaat bewaard/)).toBeHidden();
  await expect(page.getByText(/^Blijft op dit apparaat/)).toBeHidden();
  await expect(page.getByLabel('Naam of groep (niet verplicht)')).toBeHidden();
  await expect(page.locator('.debrief-participant-printed .debrief-write-line')).toBeVisible();
  // Unanswered questions are lined boxes to write in, one per question.
  const boxes = page.locator('.debrief-print-answer--blank');
  await expect(boxes).toHaveCount(await page.locator('.debrief-question').count());
  for (const box of await boxes.all()) {
    await expect(box).toBeVisible();
    expect((await box.boundingBox())!.height).toBeGreaterThan(100);
  }
  // Every choice's review is open on paper, without anyone pressing its button.
  const reviews = page.locator('.debrief-choice .lens');
  expect(await reviews.count()).toBeGreaterThan(0);
  for (const review of await reviews.all()) await expect(review).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});
