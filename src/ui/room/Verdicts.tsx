/** Verdicts as the room sees them: the hierarchy's name, a mark and the verdict in words. */
import type { TFunction } from 'i18next';
import { localize, type Hierarchy, type Language, type Verdict } from '../../engine/index.ts';
import { VERDICT_MARKS } from '../lens/verdicts.ts';

export function VerdictList({
  verdicts,
  t,
  language,
  withWhy = true,
  className = 'room-verdicts',
}: {
  verdicts: { hierarchy: Hierarchy; verdict: Verdict }[];
  t: TFunction;
  language: Language;
  withWhy?: boolean;
  className?: string;
}) {
  return (
    <ul className={className}>
      {verdicts.map(({ hierarchy, verdict }) => (
        <li key={hierarchy} className={`room-verdict room-verdict--${verdict.verdict}`}>
          <span className="room-verdict-head">
            <span className="room-verdict-hierarchy">{t(`lens.hierarchy.${hierarchy}`)}:</span>{' '}
            <span className="room-verdict-word">
              <span aria-hidden="true">{VERDICT_MARKS[verdict.verdict]} </span>
              {t(`lens.verdict.${verdict.verdict}`)}
            </span>
          </span>
          {withWhy && <span className="room-verdict-why">{localize(verdict.why, language)}</span>}
        </li>
      ))}
    </ul>
  );
}
