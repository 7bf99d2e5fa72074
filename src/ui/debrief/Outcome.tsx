import { useTranslation } from 'react-i18next';
import { HIERARCHIES, localize, type Language, type Scenario } from '../../engine/index.ts';
import { capitalize, stepTitle, type BranchDebrief } from './debrief-model.ts';
import { EndingTone } from './EndingTone.tsx';
import { Section } from './Section.tsx';

interface OutcomeProps {
  scenario: Scenario;
  result: BranchDebrief;
  language: Language;
}

/** The ending reached (or where an unfinished run stands), with its tone in words. */
export function EndingSection({ scenario, result, language }: OutcomeProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const found = result.ending?.ending;
  return (
    <Section title={t('debrief.ending.heading')} className="debrief-ending">
      {found ? (
        <>
          <h4 className="debrief-ending-title">{localize(found.title, language)}</h4>
          <EndingTone tone={found.tone} language={language} />
          <p className="debrief-outcome">{localize(found.outcome, language)}</p>
        </>
      ) : (
        <>
          <p className="debrief-unfinished">
            <strong>{t('debrief.ending.notFinished')}</strong>
          </p>
          <p>
            {t('debrief.ending.standsAt', {
              title: stepTitle(scenario, result.step, language),
              week: result.context.week,
            })}
          </p>
        </>
      )}
    </Section>
  );
}

/** How often each hierarchy was respected, strained and violated. */
export function TallySection({ result, language }: Omit<OutcomeProps, 'scenario'>) {
  const { t } = useTranslation(undefined, { lng: language });
  const { tally, violations } = result.analysis;
  return (
    <Section title={t('debrief.tally.heading')} className="debrief-tally">
      <ul>
        {HIERARCHIES.map((h) => (
          <li key={h}>
            <strong>{capitalize(t(`debrief.hierarchy.${h}`))}</strong>:{' '}
            {t('debrief.tally.line', tally[h])}
          </li>
        ))}
      </ul>
      <p>
        <strong>{t('debrief.tally.total', { count: violations.length })}</strong>
      </p>
    </Section>
  );
}
