/**
 * The audience view for the projector: what the room needs from the presenter's state only, large
 * enough for the back of a room (every text ≥ 24 px at 1024×768 and 1280×720), no controls but
 * its own fullscreen, no personal data. It follows the presenter over the room's channel and says
 * quietly when the presenter is gone.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HIERARCHIES,
  localize,
  type Language,
  type Line,
  type Scenario,
} from '../../engine/index.ts';
import {
  createFlowMachine,
  restore,
  revealedVerdicts,
  type FlowContext,
  type Phase,
} from '../../facilitation/index.ts';
import { Triangle } from '../triangle/Triangle.tsx';
import { audiencePages, type AudienceBlock } from './audience-pages.ts';
import { JoinBlock } from './JoinBlock.tsx';
import { LineList } from './Lines.tsx';
import { roomKeyAction, toggleFullscreen } from './room-keys.ts';
import { decidedHere, letterIn, runAfterDecision, shownLines } from './room-view.ts';
import { stepTitle } from './RoomDebrief.tsx';
import { openAudienceLink, type JoinInfo } from './sync.ts';
import { TimerView } from './TimerView.tsx';
import { VerdictList } from './Verdicts.tsx';

interface Room {
  phase: Phase;
  context: FlowContext;
  language: Language;
  join: JoinInfo | null;
  page: number;
}

export interface AudienceProps {
  scenario: Scenario;
  channel?: (name: string) => BroadcastChannel;
  now?: () => number;
}

export function Audience({ scenario, channel, now }: AudienceProps) {
  const { i18n } = useTranslation();
  const machine = useMemo(() => createFlowMachine(scenario), [scenario]);
  const [room, setRoom] = useState<Room | null>(null);
  const [presenter, setPresenter] = useState(true);
  useEffect(() => {
    const link = openAudienceLink(
      scenario.id,
      (state) => {
        // Checked against this window's own flow of the case: junk or another case moves nothing.
        const snapshot = restore(machine, scenario, state.save);
        if (!snapshot) return;
        const { language, join, page } = state;
        setRoom({ phase: snapshot.value, context: snapshot.context, language, join, page });
      },
      setPresenter,
      channel ? { channel } : {},
    );
    return () => link.close();
  }, [scenario, machine, channel]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (roomKeyAction(event) !== 'fullscreen') return;
      event.preventDefault();
      toggleFullscreen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const language = room?.language ?? (i18n.language as Language);
  const t = i18n.getFixedT(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  if (room?.context.blackout) return <div className="audience audience--blackout" />;
  return (
    <div className="audience" lang={language}>
      <h1 className="visually-hidden">{t('room.audienceHeading')}</h1>
      {room ? (
        <RoomScreen room={room} scenario={scenario} t={t} now={now} />
      ) : (
        <p className="audience-title">{localize(scenario.title, language)}</p>
      )}
      {(!presenter || !room) && (
        <p className="audience-waiting" role="status">
          {t('room.waiting')}
        </p>
      )}
      <footer className="audience-foot">
        <p className="audience-page">{room && pageNote(room, scenario)}</p>
        <button type="button" className="audience-fullscreen" onClick={() => toggleFullscreen()}>
          {t('room.fullscreen')}
        </button>
      </footer>
    </div>
  );
}

/**
 * The lines at the top of their box while they fit; once they do not, the newest stay in view at
 * the bottom and the oldest leave at the top (see .audience-lines in audience.css).
 */
function AudienceLines(props: { lines: Line[]; scenario: Scenario; language: Language }) {
  return (
    <div className="audience-lines">
      <LineList {...props} className="audience-lines-inner" />
    </div>
  );
}

/** "2/3" when the list on screen has more than one page. */
function pageNote(room: Room, scenario: Scenario): string {
  const pages = audiencePages(scenario, room.context, room.phase, room.language).length;
  return pages > 1 ? `${Math.min(room.page, pages - 1) + 1}/${pages}` : '';
}

type T = ReturnType<ReturnType<typeof useTranslation>['i18n']['getFixedT']>;

function RoomScreen({
  room,
  scenario,
  t,
  now,
}: {
  room: Room;
  scenario: Scenario;
  t: T;
  now?: () => number;
}) {
  const { phase, context, language } = room;
  const step = scenario.scenes[context.at] ?? scenario.endings[context.at];
  const pages = audiencePages(scenario, context, phase, language);
  const blocks = pages[Math.min(room.page, pages.length - 1)] ?? [];
  const showTimer =
    phase === 'discussion' ||
    context.timer.runningSince !== null ||
    (context.timer.elapsedMs > 0 && ['options', 'discussion', 'voting'].includes(phase));
  const showJoin = room.join && (phase === 'voting' || context.choices.length === 0);
  return (
    <>
      <header className="audience-head">
        <p className="audience-scene">
          {step?.week !== undefined && <span>{t('room.week', { week: step.week })} · </span>}
          {stepTitle(scenario, context.at, language)}
        </p>
        {showTimer && (
          <TimerView timer={context.timer} t={t} now={now} className="audience-timer" />
        )}
      </header>
      <div className={showJoin ? 'audience-body audience-body--join' : 'audience-body'}>
        <div className="audience-main">
          <Phase {...{ room, scenario, t, blocks }} />
        </div>
        {showJoin && room.join && <JoinBlock join={room.join} t={t} />}
      </div>
    </>
  );
}

function Phase({
  room,
  scenario,
  t,
  blocks,
}: {
  room: Room;
  scenario: Scenario;
  t: T;
  blocks: AudienceBlock[];
}) {
  const { phase, context, language } = room;
  switch (phase) {
    case 'scene':
    case 'ending':
      return (
        <AudienceLines lines={shownLines(scenario, context, phase)} {...{ scenario, language }} />
      );
    case 'options':
    case 'discussion':
    case 'voting':
    case 'voted':
      return (
        <>
          <p className="audience-phase">
            {phase === 'voting'
              ? t(room.join ? 'room.vote.voteNowPhones' : 'room.vote.voteNow')
              : phase === 'voted'
                ? t('room.vote.closed')
                : phase === 'discussion'
                  ? t('room.discuss')
                  : t('room.options')}
          </p>
          <Blocks blocks={blocks} room={room} scenario={scenario} t={t} />
        </>
      );
    case 'revealing':
      return <Reveal key={`${context.revealed}|${language}`} {...{ room, scenario, t }} />;
    case 'consequences': {
      const after = runAfterDecision(scenario, context);
      return (
        <div className="audience-consequences">
          <AudienceLines lines={shownLines(scenario, context, phase)} {...{ scenario, language }} />
          {after && (
            <Triangle
              meters={after.meters}
              previous={context.run.meters}
              definitions={scenario.meters}
              pupilName={scenario.pupil.name}
              language={language}
            />
          )}
        </div>
      );
    }
    case 'debrief': {
      const ending = scenario.endings[context.at];
      return (
        <>
          {ending && (
            <p className="audience-phase">
              {t('room.debrief.ending', { title: localize(ending.title, language) })}
            </p>
          )}
          <Blocks blocks={blocks} room={room} scenario={scenario} t={t} />
        </>
      );
    }
  }
}

/**
 * The decision and its verdicts so far. Every reason shows while they fit; when they do not, only
 * the newest keeps its reason (the earlier ones keep their word) and the option is cut to three
 * lines: the room read it whole before it voted.
 */
function Reveal({ room, scenario, t }: { room: Room; scenario: Scenario; t: T }) {
  const { context, language } = room;
  const decided = decidedHere(scenario, context);
  const choice = context.choices.at(-1);
  const box = useRef<HTMLDivElement>(null);
  const [tight, setTight] = useState(false);
  useLayoutEffect(() => {
    const el = box.current?.parentElement;
    if (!tight && el && el.scrollHeight > el.clientHeight) setTight(true);
  }, [tight]);
  useEffect(() => {
    // A new window size: show everything again and measure anew.
    const measureAgain = () => setTight(false);
    window.addEventListener('resize', measureAgain);
    return () => window.removeEventListener('resize', measureAgain);
  }, []);
  return (
    <div ref={box} className={tight ? 'audience-reveal audience-reveal--tight' : 'audience-reveal'}>
      {decided && choice && (
        <p className="audience-decided">
          {t('room.decided', { letter: letterIn(choice.offered, choice.option) })}:{' '}
          {localize(decided.text, language)}
        </p>
      )}
      <VerdictList
        verdicts={revealedVerdicts(context)}
        t={t}
        language={language}
        className="audience-verdicts"
      />
    </div>
  );
}

function Blocks({
  blocks,
  room,
  scenario,
  t,
}: {
  blocks: AudienceBlock[];
  room: Room;
  scenario: Scenario;
  t: T;
}) {
  const { language, context, phase } = room;
  const votes = phase === 'voted' ? context.votes : null;
  const most = votes ? Math.max(1, ...Object.values(votes.counts)) : 1;
  return (
    <ul className="audience-blocks">
      {blocks.map((block) => {
        if (block.kind === 'prompt')
          return (
            <li key={block.text} className="audience-prompt">
              {block.text}
            </li>
          );
        if (block.kind === 'choice') {
          const { choice } = block;
          return (
            <li key={block.index} className="audience-choice">
              <span className="audience-choice-head">
                {stepTitle(scenario, choice.scene, language)}:{' '}
                <strong>{letterIn(choice.offered, choice.option)}</strong>
              </span>
              <span className="audience-choice-verdicts">
                {HIERARCHIES.map((h) => (
                  <span key={h}>
                    {t(`lens.hierarchy.${h}`)}: {t(`lens.verdict.${choice.verdicts[h].verdict}`)}
                  </span>
                ))}
              </span>
            </li>
          );
        }
        const count = votes?.counts[block.option.id];
        return (
          <li key={block.option.id} className="audience-option">
            <span className="audience-letter">{block.letter}</span>
            <span className="audience-option-text">
              {localize(block.option.text, language)}
              {count !== undefined && (
                <span className="audience-bar">
                  <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                    <rect width={(count / most) * 100} height={10} />
                  </svg>
                  <span>{t('room.vote.votes', { count })}</span>
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
