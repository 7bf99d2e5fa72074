/**
 * The vote on the presenter's screen: open and close it, the hands counted per option while it is
 * open, and after closing the room's decision: the majority, or the facilitator's own pick.
 */
import type { TFunction } from 'i18next';
import { majorityOf, type FlowEvent, type Phase, type Votes } from '../../facilitation/index.ts';
import { invalidOptions, type HandDrafts } from './hands.ts';
import type { LetteredOption } from './room-view.ts';

interface VotePanelProps {
  phase: Phase;
  options: LetteredOption[];
  votes: Votes | null;
  drafts: HandDrafts;
  onDraft: (option: string, text: string) => void;
  onClose: () => void;
  send: (event: FlowEvent) => void;
  /** Votes come from phones: the counts are the server's, not typed. */
  live: boolean;
  t: TFunction;
}

export function VotePanel(props: VotePanelProps) {
  const { phase, options, votes, t, send } = props;
  if (phase === 'options' || phase === 'discussion')
    return (
      <section className="room-panel" aria-labelledby="vote-heading">
        <h3 id="vote-heading">{t('room.vote.heading')}</h3>
        <button type="button" className="primary" onClick={() => send({ type: 'VOTING.OPEN' })}>
          {t('room.vote.open')} (V)
        </button>
      </section>
    );
  if (phase === 'voting') return <Counting {...props} />;
  if (phase !== 'voted' || !votes) return null;
  const majority = majorityOf(votes);
  const letterOf = (id: string) => options.find((o) => o.option.id === id)?.letter ?? '?';
  const total = Object.values(votes.counts).reduce((a, b) => a + b, 0);
  return (
    <section className="room-panel" aria-labelledby="vote-heading">
      <h3 id="vote-heading">{t('room.vote.closed')}</h3>
      <ul className="room-tally">
        {options.map(({ letter, option }) => (
          <li key={option.id}>
            {letter}: {t('room.vote.votes', { count: votes.counts[option.id] ?? 0 })}
          </li>
        ))}
      </ul>
      <p>{t('room.vote.total', { count: total })}</p>
      <p>
        <button
          type="button"
          className="primary"
          disabled={!majority}
          aria-describedby={majority ? undefined : 'no-majority'}
          onClick={() => send({ type: 'DECIDE.MAJORITY' })}
        >
          {majority
            ? t('room.vote.majority', { letter: letterOf(majority) })
            : t('room.vote.majorityPlain')}
        </button>
      </p>
      {!majority && (
        <p id="no-majority" className="room-hint">
          {total === 0 ? t('room.vote.noVotes') : t('room.vote.tie')}
        </p>
      )}
      <h4>{t('room.vote.pickHeading')}</h4>
      <p className="room-buttons">
        {options.map(({ letter, option }) => (
          <button
            key={option.id}
            type="button"
            onClick={() => send({ type: 'DECIDE.PICK', option: option.id })}
          >
            {t('room.vote.pick', { letter })}
          </button>
        ))}
      </p>
    </section>
  );
}

/** Open voting: the phones' live counts, or a number field per option for the hands counted. */
function Counting(props: VotePanelProps) {
  const { options, votes, live, onClose, t } = props;
  if (!live) return <HandCounting {...props} />;
  return (
    <section className="room-panel" aria-labelledby="vote-heading">
      <h3 id="vote-heading">{t('room.phase.voting')}</h3>
      <p>{t('room.vote.phonesHelp')}</p>
      <ul className="room-tally" aria-live="polite">
        {options.map(({ letter, option }) => (
          <li key={option.id}>
            {letter}: {t('room.vote.votes', { count: votes?.counts[option.id] ?? 0 })}
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onClose}>
        {t('room.vote.close')} (V)
      </button>
    </section>
  );
}

function HandCounting({ options, votes, drafts, onDraft, onClose, t }: VotePanelProps) {
  const invalid = invalidOptions(drafts);
  return (
    <section className="room-panel" aria-labelledby="vote-heading">
      <h3 id="vote-heading">{t('room.phase.voting')}</h3>
      <p>{t('room.vote.handsHelp')}</p>
      <div className="room-counts">
        {options.map(({ letter, option }) => {
          const id = `count-${option.id}`;
          const wrong = invalid.includes(option.id);
          return (
            <p key={option.id} className="room-count">
              <label htmlFor={id}>{t('room.vote.count', { letter })}</label>
              <input
                id={id}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={drafts[option.id] ?? String(votes?.counts[option.id] ?? 0)}
                aria-invalid={wrong || undefined}
                aria-describedby={wrong ? `${id}-error` : undefined}
                onChange={(e) => onDraft(option.id, e.target.value)}
                onFocus={(e) => e.target.select()}
              />
              {wrong && (
                <span id={`${id}-error`} className="room-error">
                  {t('room.vote.invalid')}
                </span>
              )}
            </p>
          );
        })}
      </div>
      {invalid.length > 0 && (
        <p className="room-error" role="alert">
          {t('room.vote.fixFirst')}
        </p>
      )}
      <button type="button" className="primary" onClick={onClose} disabled={invalid.length > 0}>
        {t('room.vote.close')} (V)
      </button>
    </section>
  );
}
