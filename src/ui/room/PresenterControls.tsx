/**
 * The presenter's side controls: the audience window and its connection, the timer, blackout,
 * "what if", fullscreen, the keys and starting over; and the keys' help panel.
 */
import type { TFunction } from 'i18next';
import type { Actor } from 'xstate';
import type { Language, Scenario } from '../../engine/index.ts';
import type { FlowContext, FlowMachine } from '../../facilitation/index.ts';
import { toggleFullscreen } from './room-keys.ts';
import { letterIn } from './room-view.ts';
import { stepTitle } from './RoomDebrief.tsx';
import { TimerView } from './TimerView.tsx';

const DURATIONS_MIN = [0, 1, 2, 3, 5];

interface ControlsProps {
  actor: Actor<FlowMachine>;
  context: FlowContext;
  scenario: Scenario;
  language: Language;
  audience: boolean;
  blocked: boolean;
  onOpenAudience: () => void;
  onToggleTimer: () => void;
  onStartOver: () => void;
  t: TFunction;
  now: () => number;
}

export function Controls(props: ControlsProps) {
  const { actor, context, scenario, language, t } = props;
  const send = actor.send;
  const running = context.timer.runningSince !== null;
  return (
    <aside className="presenter-controls">
      <section className="room-panel" aria-labelledby="audience-heading">
        <h3 id="audience-heading">{t('room.audience.heading')}</h3>
        <p className="room-status" role="status" data-connected={props.audience}>
          <span aria-hidden="true">{props.audience ? '● ' : '○ '}</span>
          {t(props.audience ? 'room.audience.connected' : 'room.audience.disconnected')}
        </p>
        <button type="button" onClick={props.onOpenAudience}>
          {t('room.audience.open')}
        </button>
        <p className="room-small">{t('room.audience.openHelp')}</p>
        {props.blocked && (
          <p className="room-error" role="alert">
            {t('room.audience.blocked', { url: `#/audience/${scenario.id}` })}
          </p>
        )}
      </section>
      <section className="room-panel" aria-labelledby="timer-heading">
        <h3 id="timer-heading">{t('room.timer.heading')}</h3>
        <TimerView timer={context.timer} t={t} now={props.now} className="room-timer" />
        <p>
          <label>
            {t('room.timer.duration')}{' '}
            <select
              value={context.timer.durationMs / 60000}
              onChange={(e) => send({ type: 'TIMER.DURATION', ms: Number(e.target.value) * 60000 })}
            >
              {DURATIONS_MIN.map((min) => (
                <option key={min} value={min}>
                  {min === 0 ? t('room.timer.none') : t('room.timer.minutes', { count: min })}
                </option>
              ))}
            </select>
          </label>
        </p>
        <p className="room-buttons">
          <button type="button" onClick={props.onToggleTimer}>
            {t(running ? 'room.timer.stop' : 'room.timer.start')} (T)
          </button>
          <button type="button" onClick={() => send({ type: 'TIMER.RESET' })}>
            {t('room.timer.reset')}
          </button>
        </p>
      </section>
      <section className="room-panel" aria-labelledby="screen-heading">
        <h3 id="screen-heading" className="visually-hidden">
          {t('room.blackout')}
        </h3>
        <p className="room-buttons">
          <button
            type="button"
            aria-pressed={context.blackout}
            onClick={() => send({ type: 'BLACKOUT.TOGGLE' })}
          >
            {t('room.blackout')} (B)
          </button>
          <button type="button" onClick={() => toggleFullscreen()}>
            {t('room.fullscreen')}
          </button>
          <button
            type="button"
            aria-expanded={context.help}
            onClick={() => send({ type: 'HELP.TOGGLE' })}
          >
            {t('room.help')}
          </button>
        </p>
      </section>
      <details className="room-panel room-whatif">
        <summary>{t('room.whatIf.heading')}</summary>
        <p>{t('room.whatIf.intro')}</p>
        {context.choices.length === 0 ? (
          <p>{t('room.whatIf.none')}</p>
        ) : (
          <ul>
            {context.choices.map((choice, i) => (
              <li key={i}>
                <button type="button" onClick={() => send({ type: 'WHATIF', choice: i })}>
                  {t('room.whatIf.goTo', {
                    scene: stepTitle(scenario, choice.scene, language),
                    letter: letterIn(choice.offered, choice.option),
                  })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
      <p>
        <button
          type="button"
          onClick={() => {
            if (window.confirm(t('room.confirmStartOver'))) props.onStartOver();
          }}
        >
          {t('room.startOver')}
        </button>
      </p>
    </aside>
  );
}

export function KeysHelp({ t, onClose }: { t: TFunction; onClose: () => void }) {
  const keys = ['next', 'back', 'blackout', 'voting', 'reveal', 'timer', 'fullscreen', 'help'];
  return (
    <section className="room-panel room-keys" aria-labelledby="keys-heading">
      <h3 id="keys-heading">{t('room.keys.heading')}</h3>
      <ul>
        {keys.map((key) => (
          <li key={key}>{t(`room.keys.${key}`)}</li>
        ))}
      </ul>
      <p>{t('room.keys.typing')}</p>
      <button type="button" onClick={onClose}>
        {t('room.notice.dismiss')}
      </button>
    </section>
  );
}
