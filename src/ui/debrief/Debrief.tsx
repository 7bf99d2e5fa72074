import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type BuiltScenario, type Language } from '../../engine/index.ts';
import type { RunRecord } from '../../state/index.ts';
import { MeterChart } from '../chart/MeterChart.tsx';
import { BranchComparison } from './BranchComparison.tsx';
import { ChoiceReview } from './ChoiceReview.tsx';
import { DebriefActions } from './DebriefActions.tsx';
import {
  debriefBranches,
  departureFrom,
  respectfulPathOf,
  stepTitle,
  type BranchResult,
  type Refusal,
} from './debrief-model.ts';
import { KeyIdeas } from './KeyIdeas.tsx';
import { ParticipantField } from './ParticipantField.tsx';
import { EndingSection, TallySection } from './Outcome.tsx';
import { questionsFor } from './reflection-model.ts';
import { Reflections } from './Reflections.tsx';
import { RespectfulPathView } from './RespectfulPathView.tsx';
import { Section } from './Section.tsx';
import './debrief.css';

export interface DebriefProps {
  built: BuiltScenario;
  record: RunRecord;
  language: Language;
  /**
   * The answer to the reflection question with this id changed; the store keeps it. Absent for a
   * read-only debrief (a student's run in the lecturer's class report).
   */
  onReflection?: (questionId: string, answer: string) => void;
  /** Show another branch's debrief: make it the record's active branch. */
  onSwitchBranch?: (branchId: string) => void;
  /** The name or group the run is handed in under: the run's own, or the device's last-used. */
  participant?: string;
  /** The name or group changed; the stores keep it (on the run, and as the device's last-used). */
  onParticipant?: (name: string) => void;
}

/** The debrief of a run's active branch: ending, path with verdicts, meters, comparison, reflection. */
export function Debrief({
  built,
  record,
  language,
  onReflection,
  onSwitchBranch,
  participant = record.participant ?? '',
  onParticipant,
}: DebriefProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const headingId = useId();
  const { scenario } = built;
  // Restoring replays every branch: redo it when the branches change, not on every keystroke.
  const branches = record.branches;
  const results = useMemo(() => debriefBranches(built, branches), [built, branches]);
  const active = (results.find((r) => r.branch.id === record.activeBranch) ??
    results[0]) as BranchResult;
  const path = useMemo(() => respectfulPathOf(scenario), [scenario]);
  const departure = active.ok && path ? departureFrom(active.analysis, path) : undefined;
  const several = results.length > 1;

  return (
    <section className="debrief" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('debrief.heading')}</h2>
      <p className="debrief-case">
        {t('debrief.scenario', { title: localize(scenario.title, language) })}
      </p>
      <p className="debrief-mode">{t(`debrief.mode.${record.mode}`)}</p>
      {onParticipant ? (
        <ParticipantField
          key={record.id}
          initial={participant}
          language={language}
          onChange={onParticipant}
        />
      ) : (
        <p className="debrief-participant">
          {t('debrief.participant.report')}:{' '}
          <strong>{participant.trim() || t('debrief.participant.none')}</strong>
        </p>
      )}
      {several && (
        <p className="debrief-viewing">
          {t('debrief.viewing', {
            label: t('debrief.branches.label', { number: active.number }),
            count: results.length,
          })}
        </p>
      )}
      {active.ok ? (
        <>
          <EndingSection scenario={scenario} result={active} language={language} />
          <ChoiceReview
            scenario={scenario}
            result={active}
            language={language}
            departedAt={departure?.kind === 'departed' ? departure.index : undefined}
          />
          <TallySection result={active} language={language} />
          <Section title={t('debrief.meters.heading')} className="debrief-meters">
            <MeterChart
              series={active.analysis.meters}
              definitions={scenario.meters}
              language={language}
              stepLabel={(step) => stepTitle(scenario, step, language)}
            />
          </Section>
          <RespectfulPathView
            scenario={scenario}
            result={active}
            path={path}
            departure={departure}
            language={language}
          />
        </>
      ) : (
        <RefusalMessage refusal={active} language={language} />
      )}
      {several && (
        <BranchComparison
          scenario={scenario}
          results={results}
          activeBranch={active.branch.id}
          language={language}
          onSwitchBranch={onSwitchBranch}
        />
      )}
      {active.ok && (
        <>
          <KeyIdeas language={language} />
          <Reflections
            key={record.id}
            questions={questionsFor(scenario, active, record.reflections)}
            answers={record.reflections}
            language={language}
            onReflection={onReflection}
          />
          <DebriefActions
            built={built}
            record={record}
            language={language}
            participant={participant}
          />
        </>
      )}
    </section>
  );
}

/** Why the engine would not open this branch, in plain words; the run itself is left alone. */
function RefusalMessage({ refusal, language }: { refusal: Refusal; language: Language }) {
  const { t } = useTranslation(undefined, { lng: language });
  return (
    <div className="debrief-refused" role="alert">
      <h3>{t('debrief.refused.heading')}</h3>
      <p>{t(`debrief.refused.reason.${refusal.reason}`)}</p>
      <p>{t('debrief.refused.kept')}</p>
      <p className="debrief-detail">{t('debrief.refused.detail', { detail: refusal.detail })}</p>
    </div>
  );
}
