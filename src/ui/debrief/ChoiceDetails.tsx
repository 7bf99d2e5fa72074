import { useTranslation } from 'react-i18next';
import { leadsOf, localize, type Language, type Scenario } from '../../engine/index.ts';
import { HierarchyLens } from '../lens/HierarchyLens.tsx';
import { lensVerdicts } from '../lens/verdicts.ts';
import { stepTitle, type BranchDebrief } from './debrief-model.ts';

export interface ChoiceDetailsProps {
  scenario: Scenario;
  reviewed: BranchDebrief['analysis']['choices'][number];
  language: Language;
}

/** A choice's full review: what was said, the three hierarchies' verdicts, the later consequences. */
export function ChoiceDetails({ scenario, reviewed, language }: ChoiceDetailsProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const { choice, option, violated, consequences } = reviewed;
  const matter = scenario.scenes[choice.scene]?.choice?.matter;
  return (
    <>
      <p className="debrief-chose-label">{t('debrief.path.chose')}:</p>
      <blockquote className="debrief-chose">{localize(option.text, language)}</blockquote>
      {violated.length === 0 && <p className="debrief-clean">{t('debrief.path.noViolation')}</p>}
      <HierarchyLens
        leads={leadsOf(scenario, choice.scene)}
        matter={matter ? localize(matter, language) : undefined}
        verdicts={lensVerdicts(choice.verdicts, language)}
        headingLevel={5}
        language={language}
      />
      {consequences.length > 0 && (
        <div className="debrief-consequences">
          <h5>{t('debrief.path.consequences')}</h5>
          <ul>
            {consequences.map((c, i) => (
              <li key={i}>
                {localize(c.note, language)}{' '}
                <span className="debrief-landed">
                  {`(${t('debrief.path.landed', {
                    week: c.landedWeek,
                    step: stepTitle(scenario, c.landedIn, language),
                  })})`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
