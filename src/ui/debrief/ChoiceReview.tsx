import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Language, type Scenario } from '../../engine/index.ts';
import { ChoiceDetails } from './ChoiceDetails.tsx';
import { stepTitle, type BranchDebrief } from './debrief-model.ts';
import { Section } from './Section.tsx';
import { translator } from './translate.ts';
import { verdictSummary } from './verdict-summary.ts';

export interface ChoiceReviewProps {
  scenario: Scenario;
  result: BranchDebrief;
  language: Language;
  /** The index of the choice where the run left the respectful path, if it did. */
  departedAt?: number;
}

/**
 * The path taken, choice by choice, compact: a choice that respected all three hierarchies is one
 * line, one that strained or violated any says which; each choice's full review (the three
 * hierarchies, what came of it later) opens on demand. Print shows every review (debrief.css).
 */
export function ChoiceReview({ scenario, result, language, departedAt }: ChoiceReviewProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const summaryOf = translator(language);
  const { choices } = result.analysis;
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setOpen((now) => {
      const next = new Set(now);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  return (
    <Section title={t('debrief.path.heading')} className="debrief-path">
      {choices.length === 0 ? (
        <p>{t('debrief.path.empty')}</p>
      ) : (
        <>
          <div className="debrief-buttons debrief-open-all">
            <button
              type="button"
              className="debrief-button"
              onClick={() => setOpen(new Set(choices.map((c) => c.choice.index)))}
            >
              {t('debrief.path.openAll')}
            </button>
            <button type="button" className="debrief-button" onClick={() => setOpen(new Set())}>
              {t('debrief.path.closeAll')}
            </button>
          </div>
          <ol className="debrief-choices">
            {choices.map((reviewed) => {
              const { choice, option, violated, strained } = reviewed;
              const summary = verdictSummary(violated, strained, summaryOf);
              const isOpen = open.has(choice.index);
              const fullId = `debrief-choice-${result.branch.id}-${choice.index}`;
              return (
                <li
                  key={choice.index}
                  className={`debrief-choice ${summary.respected ? 'debrief-choice--respected' : 'debrief-choice--flagged'}`}
                >
                  <div className="debrief-choice-head">
                    <h4>
                      {t('debrief.path.choice', {
                        number: choice.index + 1,
                        week: choice.week,
                        scene: stepTitle(scenario, choice.scene, language),
                      })}
                    </h4>
                    <p className="debrief-choice-line">
                      <q className="debrief-choice-said">
                        {localize(option.text, language).trim()}
                      </q>
                      {summary.respected && (
                        <span className="debrief-clean"> — {t('debrief.path.allRespected')}</span>
                      )}
                    </p>
                    <button
                      type="button"
                      className="debrief-button debrief-disclosure"
                      aria-expanded={isOpen}
                      aria-controls={fullId}
                      onClick={() => toggle(choice.index)}
                    >
                      {t('debrief.path.review', { number: choice.index + 1 })}
                    </button>
                  </div>
                  {departedAt === choice.index && (
                    <p className="debrief-departure">
                      <span aria-hidden="true">➜ </span>
                      {t('debrief.path.departed')}
                    </p>
                  )}
                  {!summary.respected && (
                    // One line for what went wrong; the bar's style follows the worst of it.
                    <p className={summary.violated ? 'debrief-violated' : 'debrief-strained'}>
                      {summary.violated && <strong>{summary.violated}</strong>}
                      {summary.violated && summary.strained && ' · '}
                      {summary.strained && <span>{summary.strained}</span>}
                    </p>
                  )}
                  {/* Hidden, not left out: print shows it, and the button controls it by id. */}
                  <div id={fullId} className="debrief-choice-full" hidden={!isOpen}>
                    <ChoiceDetails scenario={scenario} reviewed={reviewed} language={language} />
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Section>
  );
}
