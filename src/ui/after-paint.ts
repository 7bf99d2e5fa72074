import { useEffect, useState } from 'react';

/**
 * Run work once the browser has painted the next frame and is idle, latest call wins: saving a
 * step must not delay showing its answer. Work still waiting when the page is hidden or left runs
 * at once.
 */
export function afterPaint<T>(work: (value: T) => void): (value: T) => void {
  let waiting: { value: T } | undefined;
  const flush = () => {
    if (!waiting) return;
    const { value } = waiting;
    waiting = undefined;
    work(value);
  };
  addEventListener('pagehide', flush);
  addEventListener('visibilitychange', flush);
  return (value) => {
    const scheduled = waiting !== undefined;
    waiting = { value };
    if (!scheduled) requestAnimationFrame(() => whenIdle(flush));
  };
}

/**
 * Run work when the browser is idle: in its idle callback where there is one (not in every
 * Safari), else in the next task. Returns how to cancel it.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}

/**
 * The value as the screen showed it one frame ago. Parts of the player that can follow a frame
 * later (the triangle, the lens, the rewind list) render from it, so that the frame answering a
 * choice has only the answer to lay out and paint.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextFrame(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}

/** Run work in the first task after the next frame; returns how to cancel it. */
export function afterNextFrame(work: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
