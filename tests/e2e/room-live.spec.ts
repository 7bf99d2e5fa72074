/**
 * Room mode with phones: `npm run room`'s server on 127.0.0.1 (started and stopped here), the
 * facilitator entering through the printed presenter URL, the audience window, and three phones
 * at 390×844 voting through each whole case, with a changed vote, a phone that reloads and a
 * presenter that reloads. Each test closes its room; the next opens a new one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import {
  expectAudienceAccessible,
  expectLargeText,
  expectMainFits,
  onToOptionsOrDebrief,
  shot,
} from './room-support.ts';
import { expect, expectAccessible, test } from './support.ts';

const PORT = Number(process.env.E2E_ROOM_PORT ?? 4190);
const BASE = `http://127.0.0.1:${PORT}/`;
test.use({ baseURL: BASE });
test.describe.configure({ mode: 'serial' });

let server: ChildProcess;
let dataDir: string;
let presenterUrl: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'driehoek-room-e2e-'));
  server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/main.ts',
      '--room',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--data-dir',
      dataDir,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  presenterUrl = await new Promise<string>((resolve, reject) => {
    let printed = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const url = printed.match(/http:\/\/127\.0\.0\.1:\d+\/#\/live\/\S+/);
      if (url) resolve(url[0]);
    });
    server.on('exit', (code) => reject(new Error(`the room server exited (${code}):\n${printed}`)));
  });
});

test.afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function phone(browser: Browser, joinUrl: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  await page.goto(joinUrl);
  await expect(page.getByText(/^Verbonden/)).toBeVisible();
  return page;
}

const letter = (i: number) => String.fromCharCode(65 + i);

for (const title of ['Timo', 'Saskia'])
  test(`a room plays ${title} with three phones voting, to the room debrief`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    // The facilitator's entry: the key is checked, kept in this tab, and dropped from the address.
    await page.goto(presenterUrl);
    await expect(page.getByText('Klaar: telefoons kunnen meedoen')).toBeVisible();
    await expect(page).toHaveURL(/#\/live$/);
    await expect(page.getByText(/stemmen via het lokale netwerk naar de laptop/)).toBeVisible();
    await page.getByRole('link', { name: new RegExp(`Presenteer ${title}`) }).click();
    await expect(page.getByText('Verbonden met de sessieserver')).toBeVisible();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open publieksvenster' }).click();
    const audience = await popup;
    await audience.setViewportSize({ width: 1024, height: 768 });

    // The projector shows the QR code, the room code and the join URL as text.
    const code = (await page.locator('.live-code').textContent())!.replace('Code: ', '');
    await expect(audience.locator('.audience-join-code')).toContainText(code);
    const joinUrl = `${BASE}#/join/${code}`;
    await expect(audience.locator('.audience-join-url')).toContainText(joinUrl);
    await expect(audience.locator('.audience-qr')).toBeVisible();
    await expectLargeText(audience, 'join block');
    await shot(audience, `live-audience-join-${title}`);

    const phones = [
      await phone(browser, joinUrl),
      await phone(browser, joinUrl),
      await phone(browser, joinUrl),
    ];
    await expect(page.getByText('3 telefoons verbonden')).toBeVisible();
    await expect(phones[0]!.getByText(/Wacht op de volgende keuze/)).toBeVisible();
    await expectAccessible(phones[0]!, 'phone waiting');

    for (let point = 0; (await onToOptionsOrDebrief(page)) === 'options'; point++) {
      await page.keyboard.press('v');
      await expect(audience.getByText('Stem nu op je telefoon')).toBeVisible();
      // Two phones for A, one for B; at the first choice point the third changes to A after all.
      for (const [i, p] of phones.entries())
        await p
          .getByRole('button', { name: new RegExp(`^Stem op ${letter(i === 2 ? 1 : 0)}`) })
          .click();
      await expect(page.locator('.room-tally')).toContainText('A: 2 stemmen');
      if (point === 0) {
        const changer = phones[2]!;
        await expect(changer.getByText('Jouw stem: B')).toBeVisible();
        await shot(changer, `live-phone-voting-${title}`);
        await expectAccessible(changer, 'phone voting');
        await changer.getByRole('button', { name: /^Stem op A/ }).click();
        await expect(changer.getByText('Jouw stem: A')).toBeVisible();
        await expect(page.locator('.room-tally')).toContainText('A: 3 stemmen');
        // A phone that reloads keeps its vote; a presenter that reloads takes the room back.
        await phones[0]!.reload();
        await expect(phones[0]!.getByText('Jouw stem: A')).toBeVisible();
        await page.reload();
        await expect(page.getByText('Verbonden met de sessieserver')).toBeVisible();
        await expect(page.locator('.room-phase')).toHaveAttribute('data-phase', 'voting');
        await expect(page.locator('.room-tally')).toContainText('A: 3 stemmen');
        await shot(page, `live-presenter-voting-${title}`);
      }
      await page.keyboard.press('v');
      // Closing waits for the server's frozen counts (up to 3 s on a very busy machine).
      await expect(page.locator('.room-phase')).toHaveAttribute('data-phase', 'voted', {
        timeout: 10_000,
      });
      await expect(phones[1]!.getByText('De stemming is gesloten. Jij stemde A.')).toBeVisible();
      // A vote after closing is not taken: the buttons are disabled.
      await expect(phones[1]!.getByRole('button', { name: /^Stem op B/ })).toBeDisabled();
      await page.getByRole('button', { name: /Neem de meerderheid/ }).click();
      for (let i = 0; i < 3; i++) await page.keyboard.press('r');
      await expect(phones[2]!.getByText('De groep koos A.')).toBeVisible();
      await expect(phones[2]!.locator('.phone-verdict')).toHaveCount(3);
      if (point === 0) {
        // A long option and three long reasons: the reveal still fits the projector.
        await expect(audience.locator('.audience-verdicts li')).toHaveCount(3);
        await expectMainFits(audience, 'verdicts');
        await shot(phones[2]!, `live-phone-revealed-${title}`);
        await shot(audience, `live-audience-verdicts-${title}`);
      }
    }

    const debrief = page.locator('.room-debrief');
    await expect(debrief).toContainText('telefoons');
    await expectAccessible(page, 'live presenter debrief');
    await expectAudienceAccessible(audience, 'live audience debrief');
    await shot(page, `live-presenter-debrief-${title}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Bewaar de nabespreking (Markdown)' }).click();
    const markdown = readFileSync(await (await download).path(), 'utf8');
    expect(markdown).toMatch(/telefoons/);
    expect(markdown).toMatch(/\| 3 \| 100%/);

    // Closing the session tells the phones, and they stop.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Sessie afsluiten' }).click();
    await expect(page.getByText('De sessie is afgesloten.')).toBeVisible();
    await expect(phones[0]!.getByText(/heeft de sessie afgesloten/)).toBeVisible();
  });

// A page of its own rather than the fixture's: a refused connection's last long-poll may be
// answered 400 (its session is gone), which Chromium logs as a console error.
test('a wrong presenter key and a wrong room code are refused with a clear message', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: BASE, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto('./#/live/this-key-is-wrong-and-long-enough');
  await expect(page.getByText(/Deze sleutel hoort niet bij de server/)).toBeVisible();
  await page.goto('./#/join');
  await page.getByLabel('Code van de sessie (op het scherm)').fill('ZZZZZ');
  await page.getByRole('button', { name: 'Doe mee' }).click();
  await expect(page.getByText(/Een code heeft zes letters of cijfers/)).toBeVisible();
  await page.getByLabel('Code van de sessie (op het scherm)').fill('zzzzzz');
  await page.getByRole('button', { name: 'Doe mee' }).click();
  await expect(
    page.getByText('Deze code kennen we niet. Kijk nog eens op het scherm.'),
  ).toBeVisible();
  await expectAccessible(page, 'phone refused');
  await context.close();
});
