/** The clock for a running timer: the component renders anew four times a second while it runs. */
import { useEffect, useReducer } from 'react';

export function useNow(running: boolean, now: () => number = Date.now): number {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!running) return;
    const every = setInterval(tick, 250);
    return () => clearInterval(every);
  }, [running]);
  return now();
}

/** m:ss, rounded up while counting down so "0:00" shows only when time is up. */
export function clockText(ms: number, countingDown: boolean): string {
  const seconds = countingDown ? Math.ceil(ms / 1000) : Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
