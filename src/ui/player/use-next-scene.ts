import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SceneTurn, Turn } from '../../engine/index.ts';

/**
 * The turns up to the first scene a choice led to that the trainee has not yet asked to see: the
 * answer to a choice, and its feedback, stay the last thing on the page until "next scene".
 * Scenes reached by continuing (no choice) are never held back. `seen` is the timeline place of
 * the last scene the trainee moved on to.
 */
export function turnsShown(turns: Turn[], seen: number): Turn[] {
  const held = turns.findIndex(
    (turn, i) => turn.kind === 'scene' && turn.at > seen && turns[i - 1]?.kind === 'choice',
  );
  return held < 0 ? turns : turns.slice(0, held);
}

const lastSceneOf = (turns: Turn[]) =>
  turns.findLast((turn): turn is SceneTurn => turn.kind === 'scene');

/**
 * The conversation as the trainee has been shown it, and how to move on to the scene a choice led
 * to. A run opened (or reopened after a reload) shows the scene it stands in: moving on is not
 * saved, and the answer and its feedback are just above that scene in the conversation — unless
 * `holdLastAnswer`: then the scene the last choice led to waits for "next scene", as it would have
 * in the session that made the choice.
 */
export function useNextScene(
  turns: Turn[],
  holdLastAnswer = false,
): { shown: Turn[]; showNextScene: () => void } {
  const [seen, setSeen] = useState(() => {
    const lastChoice = turns.findLastIndex((turn) => turn.kind === 'choice');
    const upTo = holdLastAnswer && lastChoice >= 0 ? turns.slice(0, lastChoice) : turns;
    return lastSceneOf(upTo)?.at ?? 0;
  });
  const shown = useMemo(() => turnsShown(turns, seen), [turns, seen]);
  // A choice enters one step, right after the scene it was made in; the callback stays the same
  // so that the memoised answer showing the button keeps it.
  const nextAt = useRef(0);
  useLayoutEffect(() => {
    nextAt.current = (lastSceneOf(shown)?.at ?? -1) + 1;
  }, [shown]);
  const showNextScene = useCallback(() => setSeen(nextAt.current), []);
  return { shown, showNextScene };
}
