/**
 * The lines of the current scene at the reader's pace: line by line behind a "next line" button,
 * or all at once, as set. Nothing advances by itself, so no text races by. What follows the lines
 * (the choice, continuing, the ending) shows once they are all read.
 *
 * When the reader reveals the last line, the button they pressed disappears and focus goes to the
 * element of what follows marked with `AFTER_LINES` (the choice's prompt, "end of the scene", the
 * ending's outcome): never to an option or a forward control, so that one Enter too many, or Enter
 * held down and repeating, neither chooses nor skips a scene.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { BuiltScenario, SceneTurn } from '../../engine/index.ts';
import { useSettings } from '../stores.ts';
import { AFTER_LINES_SELECTOR } from './after-lines.ts';
import { Lines } from './ConversationLog.tsx';
import { useLocale } from '../i18n/use-locale.ts';

interface SceneLinesProps {
  turn: SceneTurn;
  built: BuiltScenario;
  /** Show every line at once, as when a run is reopened where it was. */
  whole?: boolean;
  /**
   * What follows the lines once they are read; nothing for a scene already past. Its element to
   * focus after the last line carries `AFTER_LINES` (non-interactive, tabIndex -1).
   */
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
  // When the reader reveals the last line, the button they pressed disappears: hand focus on, to
  // something that no Enter can activate.
  useEffect(() => {
    if (done && revealedByReader.current)
      afterRef.current?.querySelector<HTMLElement>(AFTER_LINES_SELECTOR)?.focus();
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
