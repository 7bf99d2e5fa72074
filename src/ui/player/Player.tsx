/** A run in play: the conversation, the choice, the triangle, the lens, and rewinding. */
import { useSelector } from '@xstate/react';
import { useMemo } from 'react';
import type { Actor } from 'xstate';
import {
  leadsOf,
  localize,
  transcript,
  type BuiltScenario,
  type ScenarioMachine,
  type SceneTurn,
} from '../../engine/index.ts';
import type { RunRecord } from '../../state/index.ts';
import { HierarchyLens } from '../lens/HierarchyLens.tsx';
import { lensVerdicts } from '../lens/verdicts.ts';
import { Triangle } from '../triangle/Triangle.tsx';
import { useFitsWindow } from '../use-fits-window.ts';
import { useRuns } from '../stores.ts';
import { useMediaQuery } from '../use-media-query.ts';
import { useValueAfterPaint } from '../after-paint.ts';
import { useNextScene } from './use-next-scene.ts';
import { ConversationLog } from './ConversationLog.tsx';
import { RewindPanel } from './RewindPanel.tsx';
import { useLocale } from '../i18n/use-locale.ts';

export interface PlayerProps {
  actor: Actor<ScenarioMachine>;
  built: BuiltScenario;
  record: RunRecord;
}

/** Wide enough for the conversation and the triangle side by side (as in player.css). */
const WIDE = '(min-width: 52.01rem)';

export function Player({ actor, built, record }: PlayerProps) {
  const { t, language } = useLocale();
  const { scenario } = built;
  const context = useSelector(actor, (s) => s.context);
  const all = useMemo(() => transcript(scenario, context), [scenario, context]);
  // After a choice, its answer stays the last thing shown until the trainee asks for the next scene.
  // Opened on the version the trainee's last choice just became: that answer stays on screen.
  const holdLastAnswer = useRuns((s) => s.branchedHere[record.id] === record.activeBranch);
  const { shown: turns, showNextScene } = useNextScene(all, holdLastAnswer);
  const current = turns.findLast((turn): turn is SceneTurn => turn.kind === 'scene');
  const answered = turns.at(-1)?.kind === 'choice';
  const choiceStep = current && !current.ending && !answered ? current.step : undefined;
  const choice = choiceStep ? scenario.scenes[choiceStep]?.choice : undefined;
  // The side follows a frame after the conversation, whose next scene paints first. Its elements
  // are kept while that state stands, so the render that brings the scene skips them.
  const now = useMemo(() => ({ context, choice, choiceStep }), [context, choice, choiceStep]);
  const side = useValueAfterPaint(now);
  const coach = record.mode === 'coach';
  const wide = useMediaQuery(WIDE);
  const sideFits = useFitsWindow<HTMLElement>();
  const triangle = useMemo(
    () => (
      <Triangle
        meters={side.context.meters}
        previous={side.context.timeline.at(-2)?.meters}
        definitions={scenario.meters}
        pupilName={scenario.pupil.name}
        language={language}
        judging={coach}
      />
    ),
    [side, scenario, language, coach],
  );
  const lensAndRewind = useMemo(() => {
    const lastChoice = side.context.history.at(-1);
    return (
      <>
        {/* Who leads each hierarchy is a hint towards the answer: coach mode only. */}
        {side.choice && (
          <HierarchyLens
            headingLevel={3}
            leads={coach ? leadsOf(scenario, side.choiceStep ?? '') : undefined}
            matter={side.choice.matter && localize(side.choice.matter, language)}
            language={language}
          />
        )}
        {coach && lastChoice && !side.choice && (
          <HierarchyLens
            headingLevel={3}
            leads={leadsOf(scenario, lastChoice.scene)}
            verdicts={lensVerdicts(lastChoice.verdicts, language)}
            language={language}
          />
        )}
        <RewindPanel actor={actor} history={side.context.history} built={built} record={record} />
      </>
    );
  }, [side, scenario, language, coach, actor, built, record]);

  return (
    <div className="player">
      <section className="player-main" aria-labelledby="player-heading">
        <h2 id="player-heading">
          {t('player.heading', { title: localize(scenario.title, language) })}
        </h2>
        <p className="player-mode">
          {t(`player.mode.${record.mode}`)}
          {!coach && ` — ${t('player.reflectNote')}`}
        </p>
        {/* On a narrow screen the triangle leads, above the conversation; beside it otherwise. */}
        {!wide && triangle}
        <ConversationLog
          actor={actor}
          built={built}
          turns={turns}
          runId={record.id}
          coach={coach}
          onNextScene={showNextScene}
        />
      </section>
      {/* Stays in view while it fits the window; taller, it scrolls with the page (player.css). */}
      <aside className="player-side" aria-label={t('player.side')} ref={sideFits}>
        {wide && triangle}
        {lensAndRewind}
      </aside>
    </div>
  );
}
