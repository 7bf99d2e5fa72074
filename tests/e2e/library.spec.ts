import { expect, expectAccessible, test } from './support.ts';

test('the library lists every case in Dutch, says nothing leaves the device, and passes axe', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Casussen', exact: true })).toBeVisible();
  for (const pupil of ['Saskia', 'Timo', 'Kelvin', 'Storm', 'Mila'])
    await expect(page.getByText(new RegExp(`^${pupil}, \\d+ jaar`))).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(5);
  // Setting and learning goals load with the case when the card's details are opened.
  const saskia = page.getByRole('article').filter({ hasText: 'Saskia' }).first();
  await saskia.getByText('Situatie en leerdoelen').click();
  await expect(saskia.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText(/Driehoek verstuurt niets/)).toBeVisible();
  await expectAccessible(page, 'the library');
});

test('the built page carries a strict Content Security Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe');
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });
  test('the library follows the browser’s language', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Cases', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page, 'the English library');
  });
});

test('once loaded, the app works offline, cases included', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The service worker has precached every built file: go offline and start a case from scratch.
  await page.reload();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Casussen', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /Start Timo/ }).click();
  await expect(
    page
      .getByRole('group', { name: 'Keuzes' })
      .or(page.getByRole('button', { name: 'Volgende regel' })),
  ).toBeVisible();
  await context.setOffline(false);
});
