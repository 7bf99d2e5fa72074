/**
 * Coach mode: the verdicts on a choice, per hierarchy, with the rationale; and what would have
 * respected all three hierarchies here (or harmed them least), derived from the case.
 */
import {
  HIERARCHIES,
  localize,
  type ChoiceTurn,
  type RespectfulAlternative,
} from '../../engine/index.ts';
import { VERDICT_MARKS } from '../lens/verdicts.ts';
import { useLocale } from '../i18n/use-locale.ts';

export function Feedback({ turn }: { turn: ChoiceTurn }) {
  const { t, language } = useLocale();
  return (
    <section className="feedback" aria-label={t('player.feedback')}>
      <p className="feedback-title">{t('player.feedback')}</p>
      <ul>
        {HIERARCHIES.map((h) => {
          const { verdict, why } = turn.choice.verdicts[h];
          return (
            <li key={h} className={`verdict verdict-${verdict}`}>
              <span className="verdict-mark" aria-hidden="true">
                {VERDICT_MARKS[verdict]}
              </span>{' '}
              <strong>
                {t(`lens.hierarchy.${h}`)}: {t(`lens.verdict.${verdict}`)}
              </strong>{' '}
              — {localize(why, language)}
            </li>
          );
        })}
      </ul>
      {turn.alternative && <Alternative alternative={turn.alternative} />}
    </section>
  );
}

/** "What respected all three here: …", or the least harmful where nothing did, or "yours did". */
function Alternative({ alternative }: { alternative: RespectfulAlternative }) {
  const { t, language } = useLocale();
  const { respectsAll, chosen } = alternative;
  const options = alternative.options
    .map((option) => `“${localize(option.text, language)}”`)
    .join(t('player.alternative.or'));
  const key = respectsAll
    ? chosen
      ? 'yoursRespects'
      : 'respects'
    : chosen
      ? 'yoursLeast'
      : 'least';
  return <p className="feedback-alternative">{t(`player.alternative.${key}`, { options })}</p>;
}
