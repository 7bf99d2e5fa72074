/**
 * The presenter's view: the facilitator's laptop drives the flow (keys, clicker or mouse), sees
 * what comes next, counts hands and decides; the audience window follows over the room's channel.
 * The flow is saved on every change and resumed on reload, like a run.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from 'xstate';
import { discussionPrompts, localize, type Language, type Scenario } from '../../engine/index.ts';
import {
  createFlowMachine,
  revealedVerdicts,
  snapshotOf,
  type FlowMachine,
  type FlowSnapshot,
} from '../../facilitation/index.ts';
import type { Store } from '../../persistence/index.ts';
import { hrefOf } from '../router.ts';
import { audiencePages } from './audience-pages.ts';
import { countsFrom, invalidOptions, type HandDrafts } from './hands.ts';
import { Controls, KeysHelp } from './PresenterControls.tsx';
import { forgetFlow, keepFlow, resumeFlow, type Resumed } from './room-save.ts';
import { roomKeyAction, toggleFullscreen, type RoomKeyAction } from './room-keys.ts';
import { decidedHere, optionsOf, shownLines, upcoming } from './room-view.ts';
import { RoomDebrief, stepTitle } from './RoomDebrief.tsx';
import { LineList } from './Lines.tsx';
import { forAudience, openPresenterLink, type LiveBinding, type PresenterLink } from './sync.ts';
import { Upcoming } from './Upcoming.tsx';
import { VerdictList } from './Verdicts.tsx';
import { VotePanel } from './VotePanel.tsx';

export interface PresenterProps {
  scenario: Scenario;
  store: Store;
  language: Language;
  /** The live room (votes from phones, `npm run room`); none without a server. */
  live?: LiveBinding;
  now?: () => number;
  /** The room's channel; the browser's BroadcastChannel unless a test gives its own. */
  channel?: (name: string) => BroadcastChannel;
}

export function Presenter(props: PresenterProps) {
  const { scenario, store } = props;
  const machine = useMemo(() => createFlowMachine(scenario), [scenario]);
  // Read once: a new start (start over) replaces it, and the notice says why a save was not used.
  const [start, setStart] = useState<Resumed & { generation: number }>(() => ({
    ...resumeFlow(store, scenario, machine),
    generation: 0,
  }));
  const startOver = () => {
    forgetFlow(store, scenario.id);
    setStart((s) => ({ snapshot: undefined, generation: s.generation + 1 }));
  };
  return (
    <RunningRoom
      key={start.generation}
      {...props}
      machine={machine}
      snapshot={start.snapshot}
      startNotice={start.notice}
      onStartOver={startOver}
    />
  );
}

interface RunningProps extends PresenterProps {
  machine: FlowMachine;
  snapshot: FlowSnapshot | undefined;
  startNotice: Resumed['notice'];
  onStartOver: () => void;
}

function RunningRoom({
  scenario,
  store,
  language,
  live,
  now = Date.now,
  channel,
  machine,
  snapshot: initial,
  startNotice,
  onStartOver,
}: RunningProps) {
  const { t } = useTranslation();
  const actor = useActorRef(machine, initial ? { snapshot: initial } : undefined);
  const snapshot = useSelector(actor, (s) => s);
  const phase = snapshot.value;
  const context = snapshot.context;
  const [notices, setNotices] = useState<string[]>(startNotice ? [startNotice] : []);
  const [audience, setAudience] = useState(false);
  const [hint, setHint] = useState('');
  const closing = useRef(false);
  const [blocked, setBlocked] = useState(false);

  // The projector's page, and hands typed, belong to where the flow stands: a new place, a new start.
  const pageKey = `${phase}|${context.at}|${context.choices.length}|${context.earlierPaths.length}`;
  const [paging, setPaging] = useState({ key: pageKey, page: 0 });
  const page = paging.key === pageKey ? paging.page : 0;
  const pages = audiencePages(scenario, context, phase, language).length;
  const draftKey = `${context.at}|${context.choices.length}|${context.earlierPaths.length}`;
  const [hands, setHands] = useState<{ key: string; drafts: HandDrafts }>({
    key: draftKey,
    drafts: {},
  });
  const drafts = hands.key === draftKey ? hands.drafts : {};

  // Every change is kept, as a run's steps are.
  useEffect(
    () =>
      actor.subscribe((s) => {
        if (!keepFlow(store, scenario, machine, snapshotOf(s)))
          setNotices((n) => (n.includes('notSaved') ? n : [...n, 'notSaved']));
      }).unsubscribe,
    [actor, store, scenario, machine],
  );

  const link = useRef<PresenterLink | null>(null);
  useEffect(() => {
    const opened = openPresenterLink(scenario.id, setAudience, channel ? { channel } : {});
    link.current = opened;
    return () => {
      opened.close();
      link.current = null;
    };
  }, [scenario.id, channel]);
  const join = live?.join ?? null;
  useEffect(() => {
    link.current?.publish({ save: forAudience(snapshotOf(snapshot)), language, join, page });
  }, [snapshot, language, join, page]);

  const send = actor.send;
  const options = optionsOf(scenario, context);
  const closeVoting = () => {
    // Phones: the server closes the vote and its frozen counts become the room's.
    if (live) {
      // The server answers within moments; until then V or the button again does nothing.
      if (closing.current) return;
      closing.current = true;
      setHint(t('room.vote.closing'));
      return void live.closeVoting(context, send).finally(() => {
        closing.current = false;
        setHint('');
      });
    }
    if (invalidOptions(drafts).length > 0) return setHint(t('room.vote.fixFirst'));
    const counts = countsFrom(drafts, context.votes?.counts ?? {});
    send({ type: 'VOTES.SET', counts, source: 'hands' });
    send({ type: 'VOTING.CLOSE' });
  };
  const onDraft = (option: string, text: string) => {
    const next = { ...drafts, [option]: text };
    setHands({ key: draftKey, drafts: next });
    // Each valid count reaches the flow at once (and so the save); a wrong one waits, shown.
    send({
      type: 'VOTES.SET',
      counts: countsFrom(next, context.votes?.counts ?? {}),
      source: 'hands',
    });
  };
  const next = () => {
    setHint('');
    if (page + 1 < pages) return setPaging({ key: pageKey, page: page + 1 });
    if (phase === 'voting') return setHint(t('room.next.closeVoting'));
    if (phase === 'voted') return setHint(t('room.next.decide'));
    send({ type: 'NEXT' });
  };
  const back = () => {
    setHint('');
    if (page > 0) return setPaging({ key: pageKey, page: page - 1 });
    send({ type: 'BACK' });
  };
  const timerRunning = context.timer.runningSince !== null;
  const toggleTimer = () =>
    send(timerRunning ? { type: 'TIMER.STOP', now: now() } : { type: 'TIMER.START', now: now() });
  const actions: Record<RoomKeyAction, () => void> = {
    next,
    back,
    blackout: () => send({ type: 'BLACKOUT.TOGGLE' }),
    voting: () => (phase === 'voting' ? closeVoting() : send({ type: 'VOTING.OPEN' })),
    reveal: () => send({ type: 'REVEAL.NEXT' }),
    timer: toggleTimer,
    fullscreen: () => toggleFullscreen(),
    help: () => send({ type: 'HELP.TOGGLE' }),
  };
  useRoomKeys(actions);

  const openAudience = () => {
    const url = hrefOf({ screen: 'audience', caseId: scenario.id });
    const opened = window.open(
      url,
      `driehoek-audience-${scenario.id}`,
      'popup,width=1024,height=768',
    );
    setBlocked(!opened);
  };

  const step = scenario.scenes[context.at] ?? scenario.endings[context.at];
  const lines = shownLines(scenario, context, phase);
  const coming = upcoming(scenario, context, phase, { page, pages });
  const decided = decidedHere(scenario, context);
  const showOptions = ['options', 'discussion', 'voting', 'voted'].includes(phase);
  return (
    <div className="presenter">
      <header className="presenter-head">
        <h2>
          <span className="visually-hidden">{t('room.presenter')}: </span>
          {localize(scenario.title, language)}
        </h2>
        {notices.map((notice) => (
          <p key={notice} className="notice" role="status">
            {t(`room.notice.${notice}`)}{' '}
            <button type="button" onClick={() => setNotices((n) => n.filter((x) => x !== notice))}>
              {t('room.notice.dismiss')}
            </button>
          </p>
        ))}
      </header>
      <div className="presenter-body">
        <div className="presenter-stage">
          <section aria-labelledby="where-heading" className="room-panel">
            <h3 id="where-heading">{t('room.where')}</h3>
            <p className="room-phase" data-phase={phase}>
              <strong>{t(`room.phase.${phase}`)}</strong>
              {step && (
                <>
                  {' · '}
                  {stepTitle(scenario, context.at, language)}
                  {'week' in step &&
                    step.week !== undefined &&
                    ` · ${t('room.week', { week: step.week })}`}
                </>
              )}
            </p>
            {context.blackout && <p className="room-blackout-on">{t('room.blackoutOn')}</p>}
          </section>
          <Upcoming coming={coming} scenario={scenario} t={t} language={language} />
          <p className="room-hint" role="status" aria-live="polite">
            {hint}
          </p>
          <VotePanel
            phase={phase}
            options={options}
            votes={context.votes}
            drafts={drafts}
            onDraft={onDraft}
            onClose={closeVoting}
            send={send}
            live={live !== undefined}
            t={t}
          />
          {live?.panel({ phase, context, send })}
          {showOptions && (
            <section aria-labelledby="options-heading" className="room-panel">
              <h3 id="options-heading">{t('room.options')}</h3>
              <ol className="room-options">
                {options.map(({ letter, option }) => (
                  <li key={option.id}>
                    <span className="room-letter">{letter}</span> {localize(option.text, language)}
                  </li>
                ))}
              </ol>
            </section>
          )}
          {(phase === 'options' || phase === 'discussion') && (
            <section aria-labelledby="prompts-heading" className="room-panel">
              <h3 id="prompts-heading">{t('room.prompts')}</h3>
              <ul>
                {discussionPrompts(scenario, context.at).map((prompt, i) => (
                  <li key={i}>{localize(prompt, language)}</li>
                ))}
              </ul>
              {phase === 'options' && (
                <button type="button" onClick={() => send({ type: 'DISCUSS' })}>
                  {t('room.discuss')}
                </button>
              )}
            </section>
          )}
          {(phase === 'revealing' || phase === 'consequences') && decided && (
            <section aria-labelledby="reveal-heading" className="room-panel">
              <h3 id="reveal-heading">
                {t('room.decided', {
                  letter: options.find((o) => o.option.id === decided.id)?.letter ?? '',
                })}
                : {localize(decided.text, language)}
              </h3>
              <VerdictList verdicts={revealedVerdicts(context)} t={t} language={language} />
              {phase === 'revealing' &&
                (context.revealed < 3 ? (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => send({ type: 'REVEAL.NEXT' })}
                  >
                    {t('room.reveal')}
                  </button>
                ) : (
                  <p>{t('room.revealDone')}</p>
                ))}
            </section>
          )}
          <section aria-labelledby="lines-heading" className="room-panel">
            <h3 id="lines-heading">{t('room.linesSoFar')}</h3>
            {lines.length ? (
              <LineList lines={lines} scenario={scenario} language={language} />
            ) : (
              <p>{t('room.noLines')}</p>
            )}
          </section>
          {phase === 'debrief' && (
            <RoomDebrief scenario={scenario} context={context} t={t} language={language} />
          )}
        </div>
        <Controls
          actor={actor}
          context={context}
          scenario={scenario}
          language={language}
          audience={audience}
          blocked={blocked}
          onOpenAudience={openAudience}
          onToggleTimer={toggleTimer}
          onStartOver={onStartOver}
          t={t}
          now={now}
        />
      </div>
      {context.help && <KeysHelp t={t} onClose={() => send({ type: 'HELP.TOGGLE' })} />}
      <nav className="presenter-nav" aria-label={t('room.presenter')}>
        <button type="button" onClick={back}>
          ← {t('room.back')}
        </button>
        <button type="button" className="primary" onClick={next}>
          {t('room.forward')} →
        </button>
      </nav>
    </div>
  );
}

/** The room's keys on this window, read through a ref so the listener stays while actions change. */
function useRoomKeys(actions: Record<RoomKeyAction, () => void>) {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A key held down must not run through the flow.
      if (event.repeat) return;
      const action = roomKeyAction(event);
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export type FlowActor = Actor<FlowMachine>;
