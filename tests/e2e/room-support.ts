/** Shared helpers of the room-mode specs: the projector's text sizes and contrast, moving the flow on. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectAccessible } from './support.ts';

const SHOTS = process.env.ROOM_SHOTS ?? '/tmp/shots';

export const phaseOf = (page: Page) => page.locator('.room-phase').getAttribute('data-phase');

/** Every visible text on the audience: its font size, and whether it is inside the window. */
export async function textSizes(audience: Page) {
  return audience.evaluate(() => {
    const found: { text: string; size: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const style = getComputedStyle(parent);
      if (box.width === 0 || style.visibility === 'hidden' || parent.closest('.visually-hidden'))
        continue;
      // Lines cut off at the top of the lines' box are out of view on purpose.
      if (box.bottom <= 0 || box.top >= innerHeight) continue;
      found.push({ text: text.slice(0, 40), size: parseFloat(style.fontSize) });
    }
    return found;
  });
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Options on the audience's screen lie wholly inside the window, and the page does not scroll. */
export async function expectOptionsInView(audience: Page) {
  const fit = await audience.evaluate(() => ({
    scrolls: document.documentElement.scrollHeight > innerHeight,
    outside: [...document.querySelectorAll('.audience-option')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.top < 0 || box.bottom > innerHeight;
    }).length,
  }));
  expect(fit).toEqual({ scrolls: false, outside: 0 });
}

/** Every visible text on the audience is at least 24 px, at both projector sizes. */
export async function expectLargeText(audience: Page, label: string) {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    await audience.setViewportSize(size);
    const small = (await textSizes(audience)).filter((t) => t.size < 24);
    expect(small, `${label} at ${size.width}×${size.height}`).toEqual([]);
    await expectOptionsInView(audience);
  }
  await audience.setViewportSize({ width: 1024, height: 768 });
}

export async function expectAudienceAccessible(audience: Page, label: string) {
  await expectAccessible(audience, label);
  const { violations } = await new AxeBuilder({ page: audience })
    .withRules(['color-contrast-enhanced'])
    .analyze();
  expect(violations.map((v) => v.nodes.map((n) => n.target.join(' '))).flat(), label).toEqual([]);
}

/** Move on until the room is at the next choice point's options, or at the debrief. */
export async function onToOptionsOrDebrief(page: Page) {
  for (let i = 0; i < 40; i++) {
    const phase = await phaseOf(page);
    if (phase === 'options' || phase === 'debrief') return phase;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error('the room never reached options or the debrief');
}

/** The projector's main area shows all it holds: nothing runs past its bottom, at both sizes. */
export async function expectMainFits(audience: Page, label: string) {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    await audience.setViewportSize(size);
    await expect
      .poll(
        () =>
          audience.evaluate(() => {
            const main = document.querySelector('.audience-main');
            return main ? main.scrollHeight - main.clientHeight : -1;
          }),
        { message: `${label} at ${size.width}×${size.height}` },
      )
      .toBeLessThanOrEqual(1);
  }
  await audience.setViewportSize({ width: 1024, height: 768 });
}
