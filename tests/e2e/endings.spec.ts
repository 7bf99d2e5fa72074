/**
 * Every ending of every built-in case, reached in the browser in Dutch and in English. The routes come
 * from the engine: the shortest playthrough to each ending (xstate/graph), then clicked through.
 */
import { getShortestPaths } from 'xstate/graph';
import {
  compileScenario,
  eventsOnOffer,
  localize,
  type Language,
  type RunEvent,
} from '../../src/engine/index.ts';
import * as DEBRIEF_WORDS from '../../src/ui/debrief/messages.ts';
import { BUILT_IN_CASES, loadScenario } from '../support/scenarios.ts';
import { playRoute, WORDS } from './play.ts';
import { expect, test } from './support.ts';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

function routesToEndings(file: string) {
  const scenario = loadScenario(`scenarios/${file}.yaml`);
  const paths = getShortestPaths(compileScenario(scenario), {
    events: (s) =>
      s.status === 'active' ? eventsOnOffer(scenario, String(s.value), s.context) : [],
    serializeState: (s) =>
      JSON.stringify([s.value, s.context.meters, s.context.flags, s.context.pending]),
  });
  const byEnding = new Map<string, RunEvent[]>();
  for (const path of paths) {
    const ending = String(path.state.value);
    if (path.state.status !== 'done' || byEnding.has(ending)) continue;
    // The first step is the machine's own start (xstate.init), not a trainee's event.
    const events = path.steps.map((step) => step.event as { type: string });
    byEnding.set(
      ending,
      events.filter((e): e is RunEvent => e.type !== 'xstate.init'),
    );
  }
  return { scenario, byEnding };
}

for (const file of BUILT_IN_CASES) {
  const { scenario, byEnding } = routesToEndings(file);
  test(`${file}: the engine finds a route to every ending`, () => {
    expect([...byEnding.keys()].sort()).toEqual(Object.keys(scenario.endings).sort());
  });
  for (const lang of ['nl', 'en'] as Language[]) {
    test.describe(`${file} in ${lang}`, () => {
      test.use({ locale: LOCALES[lang] });
      for (const [ending, events] of byEnding) {
        test(`reaches the ending “${ending}”`, async ({ page }) => {
          await playRoute(page, lang, scenario, events);
          const title = localize(scenario.endings[ending]!.title, lang);
          // The ending's heading reads "Week 6 Einde: <title>".
          const heading = `${WORDS[lang].ended}${title}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          await expect(
            page.getByRole('heading', { level: 3, name: new RegExp(`${heading}$`) }),
          ).toBeVisible();
          await expect(
            page.getByText(localize(scenario.endings[ending]!.outcome, lang)),
          ).toBeVisible();
          // With its tone in the debrief's words.
          const tone = scenario.endings[ending]!.tone;
          await expect(page.locator('.ending-summary')).toContainText(
            DEBRIEF_WORDS[lang].debrief.ending.tone[tone],
          );
        });
      }
    });
  }
}
