import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import {
  answersOnOffer,
  type ChoiceTurn,
  type Scenario,
  type ScenarioMachine,
  type Turn,
} from '../../engine/index.ts';
import { afterNextFrame, whenIdle } from '../after-paint.ts';

/** Answers worked out for the conversation as it stood in `turns`. */
interface Prepared {
  turns: Turn[];
  answers: ChoiceTurn[];
}

/**
 * Choosing an option, answer first. While the trainee reads (once the scene is painted and the
 * browser is idle) the run's own machine works out the answer to each option on offer. Choosing
 * one shows its answer at once, and the machine takes the step once that frame is painted: the
 * frame answering a choice builds the answer alone, and the next scene follows a frame later. An
 * option chosen before the answers are ready goes to the machine at once.
 *
 * Returns the answer chosen and not yet taken by the machine, and how to choose.
 */
export function useChoosing(
  actor: Actor<ScenarioMachine>,
  scenario: Scenario,
  turns: Turn[],
): { chosen: ChoiceTurn | undefined; choose: (option: string) => void } {
  const [prepared, setPrepared] = useState<Prepared>();
  const [chosen, setChosen] = useState<{ turns: Turn[]; answer: ChoiceTurn }>();
  useEffect(() => {
    let cancelIdle = () => {};
    const cancelFrame = afterNextFrame(() => {
      cancelIdle = whenIdle(() =>
        setPrepared({ turns, answers: answersOnOffer(scenario, actor.logic, actor.getSnapshot()) }),
      );
    });
    return () => {
      cancelFrame();
      cancelIdle();
    };
  }, [actor, scenario, turns]);

  // What choosing reads, as last rendered: the callback stays the same, so memoised scenes keep it.
  const latest = useRef({ turns, prepared, pending: undefined as Turn[] | undefined });
  useLayoutEffect(() => {
    latest.current.turns = turns;
    latest.current.prepared = prepared;
  }, [turns, prepared]);
  // The step a choice waits to take; taken at once if the player closes in that frame.
  const waitingStep = useRef<() => void>(undefined);
  useEffect(() => () => waitingStep.current?.(), []);

  const choose = useCallback(
    (option: string) => {
      const { turns, prepared, pending } = latest.current;
      // One choice per scene: a second key in the same frame is not a second choice.
      if (pending === turns) return;
      const event = { type: 'choice.select', option } as const;
      const answer =
        prepared?.turns === turns
          ? prepared.answers.find((a) => a.option.id === option)
          : undefined;
      if (!answer) {
        actor.send(event);
        return;
      }
      latest.current.pending = turns;
      setChosen({ turns, answer });
      const before = actor.getSnapshot();
      const step = () => {
        cancel();
        waitingStep.current = undefined;
        // Unless the run moved meanwhile (a rewind in the same frame): the answer was for `before`.
        if (actor.getSnapshot() === before) actor.send(event);
      };
      const cancel = afterNextFrame(step);
      waitingStep.current = step;
    },
    [actor],
  );
  return { chosen: chosen?.turns === turns ? chosen.answer : undefined, choose };
}
