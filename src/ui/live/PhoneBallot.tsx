/** What a phone shows of the current ballot: the options to vote on, its own vote, the verdicts. */
import { useTranslation } from 'react-i18next';
import type { PhoneView } from '../../room/protocol.ts';

interface PhoneBallotProps {
  view: PhoneView;
  voteRefused: boolean;
  onVote: (option: string) => void;
}

export function PhoneBallot({ view, voteRefused, onVote }: PhoneBallotProps) {
  const { t } = useTranslation();
  const { ballot, stage, vote, reveal } = view;
  if (!ballot || stage === 'waiting')
    return <p className="join-waiting">{t('live.join.waiting')}</p>;
  const labelOf = (id: string | null) => ballot.options.find((o) => o.id === id)?.label ?? '';
  const open = stage === 'open';
  return (
    <div className="phone-ballot">
      <p className="phone-case">{ballot.caseTitle}</p>
      <h3 className="phone-question">{ballot.question}</h3>
      {/* After the reveal the verdicts come first: that is what the room is looking at now. */}
      {stage === 'revealed' && reveal && (
        <div className="phone-reveal">
          <p>{t('live.join.decided', { label: labelOf(reveal.option) })}</p>
          {reveal.verdicts.length > 0 && (
            <>
              <h4>{t('live.join.verdicts')}</h4>
              <ul>
                {reveal.verdicts.map((v) => (
                  <li key={v.hierarchy} className={`phone-verdict verdict-${v.verdict}`}>
                    <strong>{v.label}</strong> {v.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <ul className="phone-options">
        {ballot.options.map((option) => (
          <li key={option.id}>
            <button
              type="button"
              className="phone-option"
              aria-pressed={vote === option.id}
              aria-label={`${t('live.join.voteFor', { label: option.label })}: ${option.text}`}
              disabled={!open}
              onClick={() => onVote(option.id)}
            >
              <span className="phone-label" aria-hidden="true">
                {option.label}
              </span>
              <span aria-hidden="true">{option.text}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="phone-vote" role="status">
        {open
          ? vote
            ? t('live.join.yourVote', { label: labelOf(vote) })
            : t('live.join.noVote')
          : vote
            ? t('live.join.closedWithVote', { label: labelOf(vote) })
            : t('live.join.closedNoVote')}
      </p>
      {voteRefused && <p role="alert">{t('live.join.voteRefused')}</p>}
    </div>
  );
}
