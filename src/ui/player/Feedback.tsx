/** Coach mode: the verdicts on a choice, per hierarchy, with the rationale. */
import { HIERARCHIES, localize, type ChoiceRecord } from '../../engine/index.ts';
import { VERDICT_MARKS } from '../lens/verdicts.ts';
import { useLocale } from '../i18n/use-locale.ts';

export function Feedback({ choice }: { choice: ChoiceRecord }) {
  const { t, language } = useLocale();
  return (
    <section className="feedback" aria-label={t('player.feedback')}>
      <p className="feedback-title">{t('player.feedback')}</p>
      <ul>
        {HIERARCHIES.map((h) => {
          const { verdict, why } = choice.verdicts[h];
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
    </section>
  );
}
