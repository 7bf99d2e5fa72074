/** Lay out a map in the layout worker; one worker per request, ended when it answers. */
import type { ScenarioMap } from './graph.ts';
import type { MapLayout } from './layout.ts';

export interface TimedLayout {
  layout: MapLayout;
  /** The layout's own time in the worker. */
  ms: number;
}

export function layoutInWorker(map: ScenarioMap, signal?: AbortSignal): Promise<TimedLayout> {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<TimedLayout>((resolve, reject) => {
    const end = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      end();
      reject(signal.reason);
    });
    worker.onmessage = (event: MessageEvent<TimedLayout>) => {
      end();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      end();
      reject(new Error(event.message || 'map layout failed'));
    };
    worker.postMessage(map);
  });
}
