import { useTranslation } from 'react-i18next';
import { localize, type Language, type RespectfulPath, type Scenario } from '../../engine/index.ts';
import { optionText, stepTitle, type BranchDebrief, type Departure } from './debrief-model.ts';
import { Section } from './Section.tsx';

export interface RespectfulPathViewProps {
  scenario: Scenario;
  result: BranchDebrief;
  path: RespectfulPath | undefined;
  departure: Departure | undefined;
  language: Language;
}

/** The path that respects the hierarchies best, with the place where the trainee's path left it. */
export function RespectfulPathView({
  scenario,
  result,
  path,
  departure,
  language,
}: RespectfulPathViewProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const ending = path && scenario.endings[path.ending];
  return (
    <Section title={t('debrief.respectful.heading')} className="debrief-respectful">
      {!path ? (
        <p>{t('debrief.respectful.none')}</p>
      ) : (
        <>
          <p>{t('debrief.respectful.intro')}</p>
          <ol className="debrief-respectful-steps">
            {path.steps.map((step, i) => {
              const mine = result.analysis.choices[i]?.choice;
              const departedHere = departure?.kind === 'departed' && departure.index === i;
              return (
                <li key={i} className={departedHere ? 'debrief-departed-step' : undefined}>
                  <span className="debrief-step-scene">
                    {stepTitle(scenario, step.scene, language)} —
                  </span>{' '}
                  {optionText(scenario, step.scene, step.option, language)}
                  {departedHere && mine && (
                    <strong className="debrief-departure">
                      <span aria-hidden="true">➜ </span>
                      {t('debrief.respectful.departed', {
                        option: optionText(scenario, mine.scene, mine.option, language),
                      })}
                    </strong>
                  )}
                </li>
              );
            })}
          </ol>
          {ending && (
            <>
              <p>
                <strong>
                  {t('debrief.respectful.ending', {
                    title: localize(ending.title, language),
                    tone: t(`debrief.ending.tone.${ending.tone}`),
                  })}
                </strong>
              </p>
              <p>{localize(ending.outcome, language)}</p>
            </>
          )}
          {departure?.kind === 'same' && (
            <p className="debrief-same">
              {t(departure.complete ? 'debrief.respectful.same' : 'debrief.respectful.sameSoFar')}
            </p>
          )}
        </>
      )}
    </Section>
  );
}
