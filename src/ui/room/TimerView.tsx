/** The discussion timer as text: counting down from its duration, or up when it has none. */
import type { TFunction } from 'i18next';
import { elapsedMs, remainingMs, type DiscussionTimer } from '../../facilitation/index.ts';
import { clockText, useNow } from './use-now.ts';

export function TimerView({
  timer,
  t,
  now,
  className,
}: {
  timer: DiscussionTimer;
  t: TFunction;
  now?: () => number;
  className?: string;
}) {
  const time = useNow(timer.runningSince !== null, now);
  const down = timer.durationMs > 0;
  const left = remainingMs(timer, time);
  const text =
    down && left === 0
      ? t('room.timer.over')
      : down
        ? t('room.timer.left', { time: clockText(left, true) })
        : t('room.timer.elapsed', { time: clockText(elapsedMs(timer, time), false) });
  return (
    <p className={className} data-running={timer.runningSince !== null || undefined}>
      {text}
    </p>
  );
}
