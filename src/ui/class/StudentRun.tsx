/** One student's run from the class report, in the debrief view, read-only: as it was handed in. */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassRun } from '../../class-report/class-runs.ts';
import type { BuiltScenario, Language } from '../../engine/index.ts';
import type { RunRecord } from '../../state/run-record.ts';
import { branchState } from '../../state/session.ts';
import * as chart from '../chart/messages.ts';
import { Debrief } from '../debrief/Debrief.tsx';
import * as debrief from '../debrief/messages.ts';
import { addMessages } from '../i18n/i18n.ts';
import * as player from '../player/messages.ts';

addMessages([debrief, chart, player]);

export default function StudentRun({
  run,
  built,
  who,
  onClose,
}: {
  run: ClassRun;
  built: BuiltScenario;
  /** The name, or "student 3" while names are hidden: the report may be on a projector. */
  who: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  const record = useMemo((): RunRecord => {
    const { source } = run;
    return {
      id: source.run.id,
      scenarioId: source.scenario.id,
      mode: source.run.mode ?? 'coach',
      startedAt: source.run.updatedAt,
      updatedAt: source.run.updatedAt,
      branches: source.branches.map((branch) => ({
        id: branch.id,
        ...branchState(built, branch.events),
      })),
      activeBranch: source.run.activeBranch,
      reflections: run.answers,
      participant: who,
    };
  }, [run, built, who]);
  return (
    <section aria-label={t('classReport.student.label')}>
      <p className="no-print">
        <button ref={back} type="button" onClick={onClose}>
          {t('classReport.student.back')}
        </button>
      </p>
      <Debrief
        built={built}
        record={record}
        language={i18n.language as Language}
        participant={who}
      />
    </section>
  );
}
