import { useTranslation } from 'react-i18next';
import {
  leadsOf,
  localize,
  type Hierarchy,
  type Language,
  type Scenario,
} from '../../engine/index.ts';
import { HierarchyLens } from '../lens/HierarchyLens.tsx';
import { lensVerdicts } from '../lens/verdicts.ts';
import { stepTitle, type BranchDebrief } from './debrief-model.ts';
import { Section } from './Section.tsx';

export interface ChoiceReviewProps {
  scenario: Scenario;
  result: BranchDebrief;
  language: Language;
  /** The index of the choice where the run left the respectful path, if it did. */
  departedAt?: number;
}

/** The path taken, choice by choice: what was said, the verdicts and what came of it later. */
export function ChoiceReview({ scenario, result, language, departedAt }: ChoiceReviewProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const names = (list: Hierarchy[]) => list.map((h) => t(`debrief.hierarchy.${h}`)).join(', ');
  const { choices } = result.analysis;
  return (
    <Section title={t('debrief.path.heading')} className="debrief-path">
      {choices.length === 0 ? (
        <p>{t('debrief.path.empty')}</p>
      ) : (
        <ol className="debrief-choices">
          {choices.map(({ choice, option, violated, strained, consequences }) => {
            const matter = scenario.scenes[choice.scene]?.choice?.matter;
            const verdicts = lensVerdicts(choice.verdicts, language);
            return (
              <li key={choice.index} className="debrief-choice">
                <h4>
                  {t('debrief.path.choice', {
                    number: choice.index + 1,
                    week: choice.week,
                    scene: stepTitle(scenario, choice.scene, language),
                  })}
                </h4>
                {departedAt === choice.index && (
                  <p className="debrief-departure">
                    <span aria-hidden="true">➜ </span>
                    {t('debrief.path.departed')}
                  </p>
                )}
                <p className="debrief-chose-label">{t('debrief.path.chose')}:</p>
                <blockquote className="debrief-chose">{localize(option.text, language)}</blockquote>
                {violated.length > 0 ? (
                  <p className="debrief-violated">
                    <strong>{t('debrief.path.violated', { list: names(violated) })}</strong>
                  </p>
                ) : (
                  <p className="debrief-clean">{t('debrief.path.noViolation')}</p>
                )}
                {strained.length > 0 && (
                  <p className="debrief-strained">
                    {t('debrief.path.strained', { list: names(strained) })}
                  </p>
                )}
                <HierarchyLens
                  leads={leadsOf(scenario, choice.scene)}
                  matter={matter ? localize(matter, language) : undefined}
                  verdicts={verdicts}
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
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
