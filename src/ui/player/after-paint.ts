/**
 * Run work after the browser has painted the next frame, latest call wins: saving a step must not
 * delay showing its answer. Work still waiting when the page is hidden or left runs at once.
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
    if (!scheduled) requestAnimationFrame(() => setTimeout(flush, 0));
  };
}
