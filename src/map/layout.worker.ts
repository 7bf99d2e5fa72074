/**
 * The map's layout off the page's thread: a thousand scenes take a second or two, and the page
 * stays usable meanwhile. A same-origin module file, as the CSP allows no blob: workers.
 */
import type { ScenarioMap } from './graph.ts';
import { layoutMap } from './layout.ts';

self.onmessage = (event: MessageEvent<ScenarioMap>) => {
  const started = performance.now();
  const layout = layoutMap(event.data);
  self.postMessage({ layout, ms: performance.now() - started });
};
