import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HIERARCHIES, type Hierarchy, type Language, type Leader } from '../../engine/index.ts';
import { VERDICT_MARKS, type LensVerdict } from './verdicts.ts';
import './lens.css';

export type { LensVerdict };

export interface HierarchyLensProps {
  /** Who is on top of each hierarchy for the matter at hand; left out in reflect mode, where it
   * would hint at the answer. */
  leads?: Record<Hierarchy, Leader> | undefined;
  /** The matter at hand, already in the reader's language. */
  matter?: string;
  /** The verdicts on the choice just made; leave out before a choice. */
  verdicts?: Record<Hierarchy, LensVerdict>;
  /** The heading's level, so the lens fits the outline of the page it sits in. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** The language to show; the app's current language when left out. */
  language?: Language;
}

/** The three hierarchies: who leads each for this matter, and how the last choice treated them. */
export function HierarchyLens({
  leads,
  matter,
  verdicts,
  headingLevel = 2,
  language,
}: HierarchyLensProps) {
  const { t } = useTranslation(undefined, language ? { lng: language } : undefined);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="lens" aria-labelledby={headingId}>
      <Heading id={headingId} className="lens-heading">
        {t('lens.heading')}
      </Heading>
      {matter && <p className="lens-matter">{t('lens.matter', { matter })}</p>}
      <dl className="lens-list">
        {HIERARCHIES.map((hierarchy) => {
          const verdict = verdicts?.[hierarchy];
          return (
            // A <div> may group a term with its descriptions inside a <dl>.
            <div key={hierarchy} className="lens-item">
              <dt className="lens-name">{t(`lens.hierarchy.${hierarchy}`)}</dt>
              <dd className="lens-question">{t(`lens.question.${hierarchy}`)}</dd>
              {leads && (
                <dd className="lens-lead">
                  {t('lens.onTop')}: <strong>{t(`lens.leader.${leads[hierarchy]}`)}</strong>
                </dd>
              )}
              {verdict && (
                <dd className="lens-verdict">
                  <span className="lens-verdict-label">{t('lens.yourChoice')}: </span>
                  <span className={`lens-badge lens-badge--${verdict.verdict}`}>
                    <span className="lens-badge-icon" aria-hidden="true">
                      {VERDICT_MARKS[verdict.verdict]}
                    </span>{' '}
                    {t(`lens.verdict.${verdict.verdict}`)}
                  </span>{' '}
                  <span className="lens-why">{verdict.why}</span>
                </dd>
              )}
            </div>
          );
        })}
      </dl>
    </section>
  );
}
