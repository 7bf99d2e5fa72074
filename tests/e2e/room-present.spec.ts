/**
 * Room mode without a server: the presenter's window and the audience's popup in one browser
 * context, in sync over BroadcastChannel. Saskia is played to the room debrief with hands counted.
 */
import type { Page } from '@playwright/test';
import {
  expectAudienceAccessible,
  expectLargeText,
  onToOptionsOrDebrief,
  shot,
  textSizes,
} from './room-support.ts';
import { expect, expectAccessible, test } from './support.ts';

/** Open the presenter on Saskia, fresh, and its audience window as a popup. */
async function openRoom(page: Page) {
  await page.goto('./#/present/saskia');
  await expect(page.getByRole('heading', { name: /Saskia/ })).toBeVisible();
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open publieksvenster' }).click();
  const audience = await popup;
  await audience.setViewportSize({ width: 1024, height: 768 });
  await expect(page.getByText('Publieksvenster verbonden')).toBeVisible();
  return audience;
}

/** The hands per option typed in, voting closed, the decision taken and all verdicts revealed. */
async function decide(
  page: Page,
  counts: number[],
  pick?: string,
  whileCounting?: () => Promise<void>,
) {
  await page.keyboard.press('v');
  await expect(page.locator('.room-phase')).toHaveAttribute('data-phase', 'voting');
  for (const [i, count] of counts.entries())
    await page.getByLabel(`Handen voor ${String.fromCharCode(65 + i)}`).fill(String(count));
  await whileCounting?.();
  // Keys typed in a count field are text: V types a "v", which is no count, and is shown as such.
  await page.keyboard.press('v');
  await expect(page.locator('.room-phase')).toHaveAttribute('data-phase', 'voting');
  const last = page.getByLabel(`Handen voor ${String.fromCharCode(64 + counts.length)}`);
  await expect(last).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Vul een heel getal in, 0 of meer.')).toBeVisible();
  await last.fill(String(counts.at(-1)));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('v');
  await expect(page.locator('.room-phase')).toHaveAttribute('data-phase', 'voted');
  // Next never decides.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.room-phase')).toHaveAttribute('data-phase', 'voted');
  if (pick) {
    await expect(page.getByRole('button', { name: 'Neem de meerderheid' })).toBeDisabled();
    await expect(page.getByText('Geen meerderheid: de stemmen staken')).toBeVisible();
    await page.getByRole('button', { name: `Kies zelf: ${pick}` }).click();
  } else await page.getByRole('button', { name: /Neem de meerderheid/ }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('r');
}

test('a room plays Saskia with hands counted; the audience window follows', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  const audience = await openRoom(page);
  await expect(audience.locator('.audience-lines')).toContainText('Saskia wordt al maanden gepest');
  await shot(page, 'presenter-scene');
  await shot(audience, 'audience-scene');
  await expectLargeText(audience, 'scene');

  // All of the scene's lines: the newest is in view at both sizes, whatever scrolled off the top.
  while (!(await page.locator('[data-next="options"]').count()))
    await page.keyboard.press('ArrowRight');
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    await audience.setViewportSize(size);
    const current = audience.locator('.audience-lines [aria-current="true"]');
    await expect(current).toContainText('capuchon');
    const box = await current.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= size.height).toBe(true);
  }
  await audience.setViewportSize({ width: 1024, height: 768 });
  await expectLargeText(audience, 'scene, all lines');
  await shot(audience, 'audience-scene-end');
  await onToOptionsOrDebrief(page);
  await expect(audience.locator('.audience-option').first()).toContainText('Ik snap dat u haar');
  await expectLargeText(audience, 'options');
  await expectAudienceAccessible(audience, 'audience options');
  await shot(audience, 'audience-options');
  // The discussion lists the options and then the prompts, a page at a time: Next turns the page.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.room-phase')).toHaveAttribute('data-phase', 'discussion');
  await expect(audience.locator('.audience-page')).toHaveText(/^1\/[2-9]$/);
  await expectLargeText(audience, 'discussion, first page');
  await page.keyboard.press('ArrowRight');
  await expect(audience.locator('.audience-page')).toHaveText(/^2\//);
  await expect(audience.locator('.audience-prompt').first()).toBeVisible();
  await expectLargeText(audience, 'discussion, second page');
  await shot(audience, 'audience-discussion');
  await page.keyboard.press('ArrowLeft');
  await expect(audience.locator('.audience-page')).toHaveText(/^1\//);
  // The first choice point: a clear majority for A.
  await decide(page, [12, 3, 0, 1], undefined, () => shot(page, 'presenter-voting'));
  await expect(audience.locator('.audience-verdicts li')).toHaveCount(3);
  await expect(audience.locator('.audience-decided')).toContainText('De groep koos A');
  await expectLargeText(audience, 'verdicts');
  await shot(audience, 'audience-verdicts');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.room-phase')).toHaveAttribute('data-phase', 'consequences');
  await expect(audience.locator('.triangle-figure')).toBeVisible();
  await expectLargeText(audience, 'consequences');
  await expectAudienceAccessible(audience, 'audience consequences');
  await shot(audience, 'audience-consequences');

  // The second: a tie, so the facilitator picks.
  await onToOptionsOrDebrief(page);
  await decide(page, [5, 5, 2], 'B');
  await expect(audience.locator('.audience-decided')).toContainText('De groep koos B');

  // The audience reloads and picks up where the room is.
  await audience.reload();
  await expect(audience.locator('.audience-decided')).toContainText('De groep koos B');

  // The presenter reloads and resumes exactly.
  await page.reload();
  await expect(page.locator('.room-phase')).toHaveAttribute('data-phase', 'revealing');
  await expect(page.getByText('Publieksvenster verbonden')).toBeVisible();
  await expectAccessible(page, 'presenter');

  // The rest by majority for the first option.
  while ((await onToOptionsOrDebrief(page)) === 'options') await decide(page, [4, 1]);
  await expect(page.getByRole('heading', { name: 'Nabespreking' })).toBeVisible();
  // "What if": back to the second choice point, the other option, and on to the end again.
  await page.getByText('Wat als…?', { exact: true }).click();
  await page.getByRole('button', { name: /Terug naar: .*gekozen: B/ }).click();
  await expect(page.locator('.room-phase')).toHaveAttribute('data-phase', 'options');
  await decide(page, [1, 0, 9]);
  while ((await onToOptionsOrDebrief(page)) === 'options') await decide(page, [0, 6]);
  const debrief = page.locator('.room-debrief');
  await expect(debrief).toContainText('door de gespreksleider gekozen, handen geteld');
  await expect(debrief).toContainText('bij meerderheid, handen geteld');
  await expect(debrief).toContainText('Pad 1, verlaten bij');
  await expect(debrief).toContainText('A 12 stemmen · B 3 stemmen');
  await expect(audience.locator('.audience-choice').first()).toBeVisible();
  await expectLargeText(audience, 'debrief');
  await expectAudienceAccessible(audience, 'audience debrief');
  await expectAccessible(page, 'presenter debrief');
  await shot(page, 'presenter-debrief');
  await shot(audience, 'audience-debrief');

  // Blackout: the projector shows nothing.
  await page.keyboard.press('b');
  await expect(audience.locator('.audience--blackout')).toBeVisible();
  expect((await textSizes(audience)).length).toBe(0);
});
