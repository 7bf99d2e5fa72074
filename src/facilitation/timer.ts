/** The discussion timer as data: every change takes the caller's clock, so tests need no real one. */
import type { DiscussionTimer } from './flow.types.ts';

export const STOPPED_TIMER: DiscussionTimer = { durationMs: 0, elapsedMs: 0, runningSince: null };

/** Time the discussion has run at `now`. */
export function elapsedMs(timer: DiscussionTimer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedMs + running;
}

/** Time left at `now`; never below zero. With no duration set the timer only counts up. */
export function remainingMs(timer: DiscussionTimer, now: number): number {
  return Math.max(0, timer.durationMs - elapsedMs(timer, now));
}

/** Start (or keep running: a second start must not lose the time already run). */
export function startTimer(timer: DiscussionTimer, now: number): DiscussionTimer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

export function stopTimer(timer: DiscussionTimer, now: number): DiscussionTimer {
  if (timer.runningSince === null) return timer;
  return { ...timer, elapsedMs: elapsedMs(timer, now), runningSince: null };
}

/** Back to zero and stopped; the duration stays, the next choice point usually wants it again. */
export function resetTimer(timer: DiscussionTimer): DiscussionTimer {
  return { ...STOPPED_TIMER, durationMs: timer.durationMs };
}

/** A new duration; nonsense (negative, not a number) leaves the timer as it is. */
export function withDuration(timer: DiscussionTimer, ms: number): DiscussionTimer {
  return Number.isFinite(ms) && ms >= 0 ? { ...timer, durationMs: ms } : timer;
}
