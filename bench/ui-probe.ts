/**
 * What bench:ui installs in each page before the app loads (page.addInitScript): the browser's
 * Event Timing entries, and choice-to-paint for each digit key press.
 *
 * The page gets this function as text: no imports and no named helper functions in here (the
 * TypeScript runner wraps named functions in a helper that the page does not have).
 */

/** One Event Timing entry of an interaction (a key press or a click), as the browser reports it. */
export interface EventEntry {
  name: string;
  start: number;
  duration: number;
  interaction: number;
}

/** Choice-to-paint of one digit key press, in ms from the key event. */
export interface PaintSample {
  /** The answer in the DOM (React has committed). */
  dom: number;
  /** The start of the frame that shows it. */
  frame: number;
  /** That frame painted (the first task after it). */
  paint: number;
  /** The next scene painted, when it follows the answer without another interaction (else NaN). */
  scene: number;
}

export interface ProbeWindow {
  __events: EventEntry[];
  __choiceToPaint: PaintSample[];
}

export function installProbe() {
  const events: EventEntry[] = [];
  const samples: PaintSample[] = [];
  Object.assign(window, { __events: events, __choiceToPaint: samples });
  // 16 ms is the lowest threshold the browser allows: shorter interactions are not reported.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { interactionId: number })[])
      if (entry.interactionId > 0)
        events.push({
          name: entry.name,
          start: entry.startTime,
          duration: entry.duration,
          interaction: entry.interactionId,
        });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  // The observer of the last digit press stops at the next interaction, so that a scene shown by
  // a later click ("Volgende scène") is not counted as the choice's.
  let watching: MutationObserver | undefined;
  document.addEventListener('pointerdown', () => watching?.disconnect(), { capture: true });
  document.addEventListener(
    'keydown',
    (event) => {
      watching?.disconnect();
      if (!/^[1-9]$/.test(event.key)) return;
      const start = event.timeStamp;
      const log = document.querySelector('[role="log"]');
      if (!log) return;
      const headingsBefore = log.querySelectorAll('h3').length;
      const sample: PaintSample = { dom: NaN, frame: NaN, paint: NaN, scene: NaN };
      // A frame is painted by the time the first task after it runs. The frame after the key
      // press is asked for now, ahead of the page's own callbacks, so that this task is not
      // queued behind work the page leaves for after the frame that answers.
      let keyFrameRan = false;
      requestAnimationFrame((frameStart) => {
        keyFrameRan = true;
        if (Number.isNaN(sample.dom)) return; // the answer came later: timed below
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          Object.assign(sample, { frame: frameStart - start, paint: performance.now() - start });
          samples.push(sample);
        };
        channel.port2.postMessage(0);
      });
      const observer = new MutationObserver(() => {
        const answer = Number.isNaN(sample.dom);
        const scene = log.querySelectorAll('h3').length > headingsBefore;
        if (answer) sample.dom = performance.now() - start;
        if (scene) observer.disconnect();
        const answerLate = answer && keyFrameRan;
        if (!answerLate && !scene) return;
        requestAnimationFrame((frameStart) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.now() - start;
            if (answerLate) {
              Object.assign(sample, { frame: frameStart - start, paint: painted });
              samples.push(sample);
            }
            if (scene) sample.scene = painted;
          };
          channel.port2.postMessage(0);
        });
      });
      watching = observer;
      observer.observe(log, { childList: true, subtree: true, characterData: true });
    },
    { capture: true },
  );
}
