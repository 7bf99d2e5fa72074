/** The conversation as it unfolds, turn by turn, in a role="log" region. */
import { memo, useEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import {
  localize,
  type BuiltScenario,
  type ChoiceRecord,
  type ChoiceTurn,
  type Line,
  type ScenarioMachine,
  type SceneTurn,
  type Turn,
} from '../../engine/index.ts';
import { hrefOf } from '../router.ts';
import { EndingTone } from '../debrief/EndingTone.tsx';
import { AFTER_LINES } from './after-lines.ts';
import { afterNextFrame } from '../after-paint.ts';
import { ChoicePanel } from './ChoicePanel.tsx';
import { Feedback } from './Feedback.tsx';
import { SceneLines } from './SceneLines.tsx';
import { useLocale } from '../i18n/use-locale.ts';
import { useChoosing } from './use-choosing.ts';

interface ConversationLogProps {
  actor: Actor<ScenarioMachine>;
  built: BuiltScenario;
  /** The turns shown so far: up to the answer of the last choice until "next scene" (useNextScene). */
  turns: Turn[];
  runId: string;
  coach: boolean;
  /** Show the scene the last choice led to (the "next scene" button below its answer). */
  onNextScene: () => void;
}

export function ConversationLog({
  actor,
  built,
  turns: all,
  runId,
  coach,
  onNextScene,
}: ConversationLogProps) {
  const { t } = useLocale();
  const { chosen, choose } = useChoosing(actor, built.scenario, all);
  // A choice's answer shows a frame before the machine takes the step (see useChoosing).
  const turns = chosen ? [...all, chosen] : all;
  const lastScene = all.findLast((turn): turn is SceneTurn => turn.kind === 'scene');
  // The answer to the latest choice, while the scene it leads to waits for "next scene".
  const lastTurn = turns.at(-1);
  const answer = lastTurn?.kind === 'choice' ? lastTurn : undefined;
  const current = answer ? undefined : lastScene;
  const history = turns.flatMap((turn) => (turn.kind === 'choice' ? [turn.choice] : []));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLElement>(null);
  // A run reopened (after a reload, or from the library) shows the scene it was in whole.
  const [reopenedAt] = useState(() => (history.length > 0 ? lastScene?.at : undefined));
  // A new scene: move focus to its heading on purpose, so keyboard and screen reader users follow.
  // After the frame that shows the answer: focusing scrolls and lays out the page, which would
  // otherwise delay that frame.
  useEffect(() => afterNextFrame(() => headingRef.current?.focus()), [lastScene?.at]);
  // An answer: it takes focus and comes into view whole, feedback and "next scene" included, as
  // far as the screen allows (its top first).
  useEffect(() => {
    if (answer === undefined) return;
    return afterNextFrame(() => {
      answerRef.current?.focus({ preventScroll: true });
      answerRef.current?.scrollIntoView({ block: 'nearest' });
    });
  }, [answer?.choice.index]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="conversation">
      <div role="log" aria-label={t('player.conversation')} className="log">
        {turns.map((turn) =>
          turn.kind === 'scene' ? (
            <SceneBlock
              key={`s${turn.at}`}
              turn={turn}
              history={history}
              built={built}
              headingRef={turn === lastScene ? headingRef : undefined}
              latest={turn === current}
              reopened={turn.at === reopenedAt}
              actor={actor}
              choose={choose}
              runId={runId}
            />
          ) : (
            <ChoiceBlock
              key={`c${turn.choice.index}`}
              turn={turn}
              built={built}
              coach={coach}
              {...(turn === answer && { answerRef, onNextScene })}
            />
          ),
        )}
      </div>
    </div>
  );
}

interface SceneBlockProps {
  turn: SceneTurn;
  history: ChoiceRecord[];
  built: BuiltScenario;
  headingRef?: React.Ref<HTMLHeadingElement>;
  latest: boolean;
  reopened: boolean;
  actor: Actor<ScenarioMachine>;
  choose: (option: string) => void;
  runId: string;
}

/** A scene entered earlier never changes; only which one is the latest does. */
const sameSceneTurn = (a: SceneBlockProps, b: SceneBlockProps) =>
  a.turn.at === b.turn.at && a.latest === b.latest && a.reopened === b.reopened;

const SceneBlock = memo(function SceneBlock({
  turn,
  history,
  built,
  headingRef,
  latest,
  reopened,
  actor,
  choose,
  runId,
}: SceneBlockProps) {
  const { t, language } = useLocale();
  const { scenario } = built;
  const { scene } = turn;
  const present = (scene.present ?? []).map((id) => scenario.cast[id]?.name ?? id);
  const pupilAbsent =
    !turn.ending && !(scene.present ?? []).some((id) => scenario.cast[id]?.role === 'pupil');
  const time = 'time' in scene && scene.time ? localize(scene.time, language) : undefined;
  const place = 'place' in scene && scene.place ? localize(scene.place, language) : undefined;
  return (
    <section
      className={`turn scene${turn.ending ? ' ending' : ''}`}
      aria-labelledby={`turn-${turn.at}`}
    >
      <h3 id={`turn-${turn.at}`} ref={headingRef} tabIndex={-1}>
        <span className="scene-week">{t('player.week', { week: turn.week })}</span>{' '}
        {turn.ending
          ? t('player.ended', { title: localize(scene.title, language) })
          : localize(scene.title, language)}
      </h3>
      {(time || place) && (
        <p className="scene-setting">{[time, place].filter(Boolean).join(' · ')}</p>
      )}
      {present.length > 0 && (
        <p className="scene-present">{t('player.present', { names: present.join(', ') })}</p>
      )}
      {pupilAbsent && (
        <p className="scene-present">{t('player.pupilAbsent', { pupil: scenario.pupil.name })}</p>
      )}
      {turn.landed.map((effect, i) => {
        const cause = history[effect.fromChoice];
        const option =
          cause && scenario.scenes[cause.scene]?.choice?.options.find((o) => o.id === cause.option);
        return (
          <aside key={i} className="consequence">
            <p className="consequence-cause">
              {t('player.because', {
                week: cause?.week ?? '?',
                option: option ? localize(option.text, language) : '',
              })}
            </p>
            <p>{localize(effect.note, language)}</p>
          </aside>
        );
      })}
      {/* The same lines element whether the scene is the latest or past: a choice made then only
          takes away what followed the lines, and does not build the scene's lines anew. */}
      <SceneLines key={turn.at} turn={turn} built={built} whole={reopened || !latest}>
        {latest &&
          (turn.ending ? (
            <div className="ending-panel">
              {'outcome' in scene && (
                <div className="ending-summary" tabIndex={-1} {...AFTER_LINES}>
                  <EndingTone tone={scene.tone} language={language} />
                  <p className="ending-outcome">{localize(scene.outcome, language)}</p>
                </div>
              )}
              <a className="button primary" href={hrefOf({ screen: 'debrief', runId })}>
                {t('player.toDebrief')}
              </a>
            </div>
          ) : (
            <ChoicePanel actor={actor} built={built} step={turn.step} choose={choose} />
          ))}
      </SceneLines>
    </section>
  );
}, sameSceneTurn);

interface ChoiceBlockProps {
  turn: ChoiceTurn;
  built: BuiltScenario;
  coach: boolean;
  /** For the latest answer only: where focus goes, and the way on to the next scene. */
  answerRef?: React.Ref<HTMLElement>;
  onNextScene?: () => void;
}

/** A choice made never changes: rendered once, and again when it stops being the latest. */
const ChoiceBlock = memo(
  function ChoiceBlock({ turn, built, coach, answerRef, onNextScene }: ChoiceBlockProps) {
    const { t, language } = useLocale();
    return (
      <section
        className="turn choice-turn"
        aria-label={t('player.you')}
        ref={answerRef}
        tabIndex={answerRef ? -1 : undefined}
      >
        <p className="line you">
          <span className="speaker">{t('player.you')}:</span> {localize(turn.option.text, language)}
        </p>
        <Lines lines={turn.reaction} built={built} />
        {coach && <Feedback turn={turn} />}
        {onNextScene && (
          <p className="next-scene">
            <button type="button" className="primary" onClick={onNextScene}>
              {t('player.nextScene')}
            </button>
          </p>
        )}
      </section>
    );
  },
  (a, b) =>
    a.turn.choice.index === b.turn.choice.index &&
    a.coach === b.coach &&
    a.onNextScene === b.onNextScene,
);

/** Lines as they are spoken; narration without a speaker. */
export function Lines({ lines, built }: { lines: Line[]; built: BuiltScenario }) {
  const { language } = useLocale();
  return (
    <>
      {lines.map((line, i) =>
        line.speaker ? (
          <p key={i} className="line">
            <span className="speaker">
              {built.scenario.cast[line.speaker]?.name ?? line.speaker}:
            </span>{' '}
            {localize(line.text, language)}
          </p>
        ) : (
          <p key={i} className="line narration">
            {localize(line.text, language)}
          </p>
        ),
      )}
    </>
  );
}
