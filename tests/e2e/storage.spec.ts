/**
 * Saved runs under stress: damaged data in localStorage, a browser that refuses storage, and a
 * storage that fills up. The app must keep working, say what happened in plain words, and never
 * throw away what the trainee saved.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  choose,
  nodAndPromise,
  readScene,
  SASKIA_NOD as NOD,
  SASKIA_PROMISE as PROMISE,
  sceneHeading,
  startCase,
} from './play.ts';
import { expect, expectAccessible, tabTo, test } from './support.ts';

const NOTICE = {
  recovered: 'Een opgeslagen oefening was beschadigd. De laatste goede versie is teruggezet.',
  quarantined:
    'Een opgeslagen oefening kon niet gelezen worden. De gegevens zijn apart gezet en niet weggegooid.',
  newer:
    'Een oefening is opgeslagen door een nieuwere versie van Driehoek en kan hier niet geopend worden.',
  unavailable:
    'Deze browser bewaart niets (bijvoorbeeld in privévenster). Je oefening blijft alleen bestaan zolang dit tabblad open is.',
  full: 'De opslag van de browser is vol. Je laatste stap is niet bewaard; de vorige versie is wel bewaard.',
};

/** Every key and value in localStorage. */
function storageDump(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const all: Record<string, string> = {};
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i) as string;
      all[key] = window.localStorage.getItem(key) as string;
    }
    return all;
  });
}

/** The quarantined entries (key, raw text) found in a storage dump. */
function quarantined(dump: Record<string, string>): { key: string; raw: string }[] {
  return Object.entries(dump)
    .filter(([key]) => key.startsWith('driehoek:quarantine:'))
    .map(([, text]) => JSON.parse(text) as { key: string; raw: string });
}

test('damaged saves are recovered or set aside, never lost, and the app says so', async ({
  page,
}) => {
  const runId = await startCase(page, 'nl', /^Saskia/);
  await nodAndPromise(page);
  await expect(sceneHeading(page, 1, 'Begeleiding met Saskia')).toBeFocused();
  await page.goto('/');

  // A write cut short in the good run's main value (its backup is intact), plain garbage under
  // another run key, an envelope that holds no run, and a run from a newer version of the app.
  const truncated = '{"v":1,"savedAt":"2025-05-01T10:00:00.000Z","data":{"id":"';
  const garbage = 'garbage \u0000 ☠ {not json';
  const notARun = JSON.stringify({ v: 1, savedAt: '2025-05-01T10:00:00.000Z', data: { hi: 1 } });
  const newer = JSON.stringify({ v: 99, savedAt: '2025-05-01T10:00:00.000Z', data: { id: 'x' } });
  const backup = await page.evaluate(
    ({ runId, truncated, garbage, notARun, newer }) => {
      const storage = window.localStorage;
      storage.setItem(`driehoek:data:runs/${runId}`, truncated);
      storage.setItem('driehoek:data:runs/garbage', garbage);
      storage.setItem('driehoek:data:runs/not-a-run', notARun);
      storage.setItem('driehoek:data:runs/from-the-future', newer);
      return storage.getItem(`driehoek:backup:runs/${runId}`);
    },
    { runId, truncated, garbage, notARun, newer },
  );
  expect(backup, 'the store keeps a backup of the last good save').not.toBeNull();
  const backupTitle = (
    JSON.parse(backup as string) as { data: { branches: { title: { nl: string } }[] } }
  ).data.branches[0]?.title.nl as string;

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Casussen', exact: true })).toBeVisible();
  const notices = page.getByRole('status');
  await expect(notices).toContainText(NOTICE.recovered);
  await expect(notices.getByText(NOTICE.quarantined)).toHaveCount(2);
  await expect(notices).toContainText(NOTICE.newer);
  // The recovered run is listed, and only that one.
  const runs = page.getByRole('link', { name: /^Verder met / });
  await expect(runs).toHaveCount(1);
  await expect(runs).toHaveAttribute('href', `#/run/${runId}`);
  await expectAccessible(page, 'the library with notices about damaged saves');

  // Nothing is thrown away: what could not be read is set aside verbatim, the newer run untouched.
  const dump = await storageDump(page);
  const aside = quarantined(dump);
  expect(aside).toContainEqual(expect.objectContaining({ key: 'runs/garbage', raw: garbage }));
  expect(aside).toContainEqual(expect.objectContaining({ key: 'runs/not-a-run', raw: notARun }));
  expect(aside).toContainEqual(expect.objectContaining({ key: `runs/${runId}`, raw: truncated }));
  expect(dump['driehoek:data:runs/from-the-future']).toBe(newer);
  expect(dump[`driehoek:backup:runs/${runId}`]).toBe(backup);

  // And the user can take it with them: the set-aside text, as a file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notices
      .getByRole('button', { name: 'Bewaar de apart gezette gegevens als bestand' })
      .first()
      .click(),
  ]);
  const exported = await readFile((await download.path()) as string, 'utf8');
  expect(exported).toContain(JSON.stringify(garbage).slice(1, -1));

  // The recovered run continues from its last good version.
  await tabTo(page, runs);
  await page.keyboard.press('Enter');
  await readScene(page, 'nl', 1, backupTitle);
  await expect(page.getByRole('log', { name: 'Gesprek' })).toContainText(`Jij: ${NOD}`);
  await choose(page, 'nl', PROMISE);
  await readScene(page, 'nl', 1, 'Begeleiding met Saskia');

  // Saving over the damaged value keeps its text in quarantine, and the save is good again.
  const after = await storageDump(page);
  expect(quarantined(after)).toContainEqual(
    expect.objectContaining({ key: `runs/${runId}`, raw: truncated }),
  );
  const saved = JSON.parse(after[`driehoek:data:runs/${runId}`] as string) as {
    data: { branches: { at: string }[] };
  };
  expect(saved.data.branches[0]?.at).toBe('first-session');

  // Notices stay until closed.
  const close = notices.getByRole('button', { name: 'Melding sluiten' });
  const count = await close.count();
  expect(count).toBe(4);
  await tabTo(page, close.first());
  await page.keyboard.press('Enter');
  await expect(close).toHaveCount(count - 1);
});

test('when the browser refuses storage, the app still plays and says runs are not kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('status')).toContainText(NOTICE.unavailable);
  await expectAccessible(page, 'the library without storage');

  await startCase(page, 'nl', /^Saskia/);
  await expect(page.getByRole('status')).toContainText(NOTICE.unavailable);
  await nodAndPromise(page);
  await readScene(page, 'nl', 1, 'Begeleiding met Saskia');
  await choose(page, 'nl', 'Balen, dat van je schoenen.');
  await readScene(page, 'nl', 2, 'Vervolgafspraak met de ouders');
  await expectAccessible(page, 'the player without storage');

  // The run lives as long as the tab: the library offers it to continue…
  await tabTo(page, page.getByRole('link', { name: 'Driehoek' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: /^Verder met Saskia/ })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(NOTICE.unavailable);

  // …and, as the notice said, not beyond it.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Casussen', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Verder met / })).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(NOTICE.unavailable);
});

test('when the storage is full, play goes on, the app says so, and the last good save is kept', async ({
  page,
}) => {
  // Starting a run takes two writes and every later step three: after five, the storage is full.
  await page.addInitScript(() => {
    let writes = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key !== 'driehoek:probe' && ++writes > 5) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  const runId = await startCase(page, 'nl', /^Saskia/);
  await readScene(page, 'nl', 1, 'Gesprek met de ouders');
  await choose(page, 'nl', NOD);
  await readScene(page, 'nl', 1, 'Kunnen we op u rekenen?');
  await expect(page.getByRole('status')).toHaveCount(0);

  await choose(page, 'nl', PROMISE);
  await expect(page.getByRole('status')).toContainText(NOTICE.full);
  // Play goes on regardless.
  await readScene(page, 'nl', 1, 'Begeleiding met Saskia');
  await choose(page, 'nl', 'Balen, dat van je schoenen.');
  await readScene(page, 'nl', 2, 'Vervolgafspraak met de ouders');
  await expect(page.getByRole('status').getByText(NOTICE.full)).toHaveCount(1);
  await expectAccessible(page, 'the player with a full storage');

  // What was kept is the save from before the storage filled up, intact; no half-written copy.
  const dump = await storageDump(page);
  expect(Object.keys(dump).filter((key) => key.startsWith('driehoek:pending:'))).toEqual([]);
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`#/run/${runId}$`));
  await readScene(page, 'nl', 1, 'Kunnen we op u rekenen?');
  await expect(page.getByRole('log', { name: 'Gesprek' })).toContainText(`Jij: ${NOD}`);
  await expect(page.getByRole('log', { name: 'Gesprek' })).not.toContainText(`Jij: ${PROMISE}`);
  await expect(page.getByRole('status')).toHaveCount(0);
});
