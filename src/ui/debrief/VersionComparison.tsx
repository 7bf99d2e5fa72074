import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Language, type Scenario } from '../../engine/index.ts';
import { alignChoices, defaultPair, type ReviewedChoice } from './compare-model.ts';
import { stepTitle, type BranchDebrief, type BranchResult } from './debrief-model.ts';
import { translator } from './translate.ts';
import { verdictSummary } from './verdict-summary.ts';

export interface VersionComparisonProps {
  scenario: Scenario;
  /** Every branch of the run, restored, in creation order (at least two). */
  results: BranchResult[];
  activeBranch: string;
  language: Language;
}

/**
 * Two versions of the run side by side, choice point by choice point: a choice both made is one
 * row, a choice that differs shows both options with their verdicts; then both endings. A labelled
 * list whose pairs sit in a grid, so a phone stacks them and a screen reader reads them in order.
 */
export function VersionComparison({
  scenario,
  results,
  activeBranch,
  language,
}: VersionComparisonProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const baseId = useId();
  const [pair, setPair] = useState(() => defaultPair(results, activeBranch));
  const label = (result: BranchResult) => t('debrief.branches.label', { number: result.number });
  const left = results.find((r) => r.branch.id === pair[0]);
  const right = results.find((r) => r.branch.id === pair[1]);
  const picker = (side: 0 | 1) => (
    <div className="debrief-pick">
      <label htmlFor={`${baseId}-${side}`}>
        {t(side === 0 ? 'debrief.branches.sideBySide.left' : 'debrief.branches.sideBySide.right')}
      </label>{' '}
      <select
        id={`${baseId}-${side}`}
        value={pair[side]}
        onChange={(event) =>
          setPair((now) =>
            side === 0 ? [event.target.value, now[1]] : [now[0], event.target.value],
          )
        }
      >
        {results.map((result) => (
          <option key={result.branch.id} value={result.branch.id}>
            {label(result)}
          </option>
        ))}
      </select>
    </div>
  );
  let body;
  if (!left || !right || left === right) body = <p>{t('debrief.branches.sideBySide.pickTwo')}</p>;
  else if (!left.ok || !right.ok) body = <p>{t('debrief.branches.sideBySide.unreadable')}</p>;
  else
    body = (
      <AlignedList
        scenario={scenario}
        left={left}
        right={right}
        language={language}
        listLabel={t('debrief.branches.sideBySide.list', {
          left: label(left),
          right: label(right),
        })}
      />
    );
  return (
    <div className="debrief-versions">
      <h4>{t('debrief.branches.sideBySide.heading')}</h4>
      <div className="debrief-pickers no-print">
        {picker(0)}
        {picker(1)}
      </div>
      {body}
    </div>
  );
}

interface AlignedListProps {
  scenario: Scenario;
  left: BranchDebrief;
  right: BranchDebrief;
  language: Language;
  listLabel: string;
}

function AlignedList({ scenario, left, right, language, listLabel }: AlignedListProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const versionOf = (result: BranchDebrief) =>
    t('debrief.branches.label', { number: result.number });
  const side = (result: BranchDebrief, reviewed: ReviewedChoice | undefined) => (
    <div className="debrief-side">
      <p className="debrief-side-label">{versionOf(result)}</p>
      {reviewed ? (
        <ChoiceSummary scenario={scenario} reviewed={reviewed} language={language} />
      ) : (
        <p>{t('debrief.branches.sideBySide.none')}</p>
      )}
    </div>
  );
  const ending = (result: BranchDebrief) => {
    const found = result.ending?.ending;
    return (
      <div className="debrief-side">
        <p className="debrief-side-label">{versionOf(result)}</p>
        {found ? (
          <>
            <p className="debrief-side-ending">{localize(found.title, language)}</p>
            <p className={`debrief-tone debrief-tone--${found.tone}`}>
              {t(`debrief.ending.tone.${found.tone}`)}
            </p>
          </>
        ) : (
          <p>{t('debrief.branches.ongoing')}</p>
        )}
      </div>
    );
  };
  return (
    <ol className="debrief-aligned" aria-label={listLabel}>
      {alignChoices(left, right).map((point) => (
        <li
          key={point.index}
          className={`debrief-point debrief-point--${point.kind}`}
          aria-label={t('debrief.branches.sideBySide.point', { number: point.index + 1 })}
        >
          <h5>
            {t('debrief.branches.sideBySide.point', { number: point.index + 1 })}
            {point.kind === 'differs' && (
              <span className="debrief-differs"> — {t('debrief.branches.sideBySide.differs')}</span>
            )}
          </h5>
          {point.kind === 'same' ? (
            <div className="debrief-side debrief-side--both">
              <p className="debrief-side-label">{t('debrief.branches.sideBySide.same')}</p>
              <ChoiceSummary scenario={scenario} reviewed={point.choice} language={language} />
            </div>
          ) : (
            <div className="debrief-pair">
              {side(left, point.left)}
              {side(right, point.right)}
            </div>
          )}
        </li>
      ))}
      <li className="debrief-point debrief-point--ending">
        <h5>{t('debrief.branches.sideBySide.ending')}</h5>
        <div className="debrief-pair">
          {ending(left)}
          {ending(right)}
        </div>
      </li>
    </ol>
  );
}

/** Where a choice was made, what was said, and its verdicts in one line. */
function ChoiceSummary({
  scenario,
  reviewed,
  language,
}: {
  scenario: Scenario;
  reviewed: ReviewedChoice;
  language: Language;
}) {
  const { t } = useTranslation(undefined, { lng: language });
  const summary = verdictSummary(reviewed.violated, reviewed.strained, translator(language));
  return (
    <>
      <p className="debrief-side-scene">{stepTitle(scenario, reviewed.choice.scene, language)}</p>
      <q className="debrief-side-said">{localize(reviewed.option.text, language).trim()}</q>
      {summary.respected ? (
        <p className="debrief-clean">{t('debrief.path.allRespected')}</p>
      ) : (
        <p className={summary.violated ? 'debrief-violated' : 'debrief-strained'}>
          {summary.violated && <span>{summary.violated}</span>}
          {summary.violated && summary.strained && ' · '}
          {summary.strained && <span>{summary.strained}</span>}
        </p>
      )}
    </>
  );
}
