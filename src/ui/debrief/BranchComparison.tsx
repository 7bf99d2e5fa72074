import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Language, type Scenario } from '../../engine/index.ts';
import type { BranchResult } from './debrief-model.ts';
import { betterWay } from '../triangle/meter-change.ts';
import { Section } from './Section.tsx';
import { VersionComparison } from './VersionComparison.tsx';

export interface BranchComparisonProps {
  scenario: Scenario;
  /** Every branch of the run, restored, in creation order. */
  results: BranchResult[];
  activeBranch: string;
  language: Language;
  onSwitchBranch?: (branchId: string) => void;
}

/**
 * The versions of the run: a table of totals (where each came from, how it ended, violations,
 * final meters), then two versions side by side, choice by choice.
 */
export function BranchComparison({
  scenario,
  results,
  activeBranch,
  language,
  onSwitchBranch,
}: BranchComparisonProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const captionId = useId();
  const label = (number: number) => t('debrief.branches.label', { number });
  const labelOf = (branchId: string) => {
    const found = results.find((r) => r.branch.id === branchId);
    return found ? label(found.number) : branchId;
  };
  const meters = Object.entries(scenario.meters);
  return (
    <Section title={t('debrief.branches.heading')} className="debrief-branches">
      {/* A scroll box of its own, so a narrow screen scrolls the table and not the page. */}
      <div className="debrief-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="debrief-table">
          <caption id={captionId}>{t('debrief.branches.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('debrief.branches.column.version')}</th>
              <th scope="col">{t('debrief.branches.column.origin')}</th>
              <th scope="col">{t('debrief.branches.column.ending')}</th>
              <th scope="col">{t('debrief.branches.column.violations')}</th>
              <th scope="col">{t('debrief.branches.column.meters')}</th>
              <th scope="col">{t('debrief.branches.column.action')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((result) => {
              const { branch, number } = result;
              const shown = branch.id === activeBranch;
              const ending = result.ok ? result.ending?.ending : undefined;
              return (
                <tr
                  key={branch.id}
                  className={shown ? 'debrief-row-shown' : undefined}
                  aria-current={shown ? 'true' : undefined}
                >
                  <th scope="row">
                    {label(number)}
                    {shown && ` (${t('debrief.branches.shown')})`}
                  </th>
                  <td>
                    {branch.forkedFrom
                      ? t('debrief.branches.rewound', {
                          from: labelOf(branch.forkedFrom.branch),
                          choice: branch.forkedFrom.choice + 1,
                        })
                      : t('debrief.branches.first')}
                  </td>
                  <td>
                    {!result.ok
                      ? t('debrief.branches.unreadable')
                      : ending
                        ? `${localize(ending.title, language)} (${t(`debrief.ending.tone.${ending.tone}`)})`
                        : t('debrief.branches.ongoing')}
                  </td>
                  <td>{result.ok ? result.analysis.violations.length : '–'}</td>
                  <td>
                    {result.ok ? (
                      <ul className="debrief-meter-list">
                        {meters.map(([id, definition]) => (
                          <li key={id}>
                            {localize(definition.label, language)}:{' '}
                            {`${Math.round(result.context.meters[id] ?? 0)} (${betterWay(t, definition)})`}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td>
                    {shown
                      ? t('debrief.branches.shown')
                      : onSwitchBranch && (
                          <button
                            type="button"
                            className="debrief-button no-print"
                            onClick={() => onSwitchBranch(branch.id)}
                          >
                            {t('debrief.branches.show', { label: label(number) })}
                          </button>
                        )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <VersionComparison
        scenario={scenario}
        results={results}
        activeBranch={activeBranch}
        language={language}
      />
    </Section>
  );
}
