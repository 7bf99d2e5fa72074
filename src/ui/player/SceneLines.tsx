/**
 * The lines of the current scene at the reader's pace: line by line behind a "next line" button,
 * or all at once, as set. Nothing advances by itself, so no text races by. What follows the lines
 * (the choice, continuing, the ending) shows once they are all read.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { BuiltScenario, SceneTurn } from '../../engine/index.ts';
import { useSettings } from '../stores.ts';
import { Lines } from './ConversationLog.tsx';
import { useLocale } from '../i18n/use-locale.ts';

interface SceneLinesProps {
  turn: SceneTurn;
  built: BuiltScenario;
  /** Show every line at once, as when a run is reopened where it was. */
  whole?: boolean;
  /** What follows the lines once they are read; nothing for a scene already past. */
  children?: ReactNode;
}

export function SceneLines({ turn, built, whole = false, children }: SceneLinesProps) {
  const { t } = useLocale();
  const pace = useSettings((s) => s.pace);
  const total = turn.lines.length;
  const [shown, setShown] = useState(pace === 'all' || whole ? total : Math.min(1, total));
  const visible = pace === 'all' ? total : shown;
  const done = visible >= total;
  const afterRef = useRef<HTMLDivElement>(null);
  const revealedByReader = useRef(false);
  // When the reader reveals the last line, the button they pressed disappears: hand focus on.
  useEffect(() => {
    if (done && revealedByReader.current)
      afterRef.current?.querySelector<HTMLElement>('button, a')?.focus();
  }, [done]);
  return (
    <>
      <Lines lines={turn.lines.slice(0, visible)} built={built} />
      {done ? (
        children && <div ref={afterRef}>{children}</div>
      ) : (
        <div className="pace-controls">
          <button
            type="button"
            className="primary"
            onClick={() => {
              revealedByReader.current = true;
              setShown(visible + 1);
            }}
          >
            {t('player.next')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              revealedByReader.current = true;
              setShown(total);
            }}
          >
            {t('player.showAll')}
          </button>
        </div>
      )}
    </>
  );
}
