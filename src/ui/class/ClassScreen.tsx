/**
 * #/class: the lecturer's class report. Open many run exports at once (or drop them); each is
 * checked and replayed in its case, what is not a run is listed with the reason, and the report
 * shows one case and version at a time. What was opened stays on this device until cleared.
 */
import { lazy, Suspense, useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { classReport } from '../../class-report/class-report.ts';
import { admitRuns, caseKey, type Attempt, type ClassRun } from '../../class-report/class-runs.ts';
import { classCsv } from '../../class-report/csv.ts';
import { localize, type BuiltScenario, type Language } from '../../engine/index.ts';
import { downloadText } from '../download.ts';
import { addMessages } from '../i18n/i18n.ts';
import * as lens from '../lens/messages.ts';
import * as mapMessages from '../map/messages.ts';
import { useCatalogState } from '../catalog.ts';
import { OpenCaseFileButton, OpenCaseFileOutcome } from '../own/CaseFileControls.tsx';
import { useOpenCaseFile } from '../own/use-open-case-file.ts';
import { hrefOf } from '../router.ts';
import { ClassReportView } from './ClassReportView.tsx';
import { ClassFiles } from './ClassFiles.tsx';
import { findCases } from './find-cases.ts';
import * as messages from './messages.ts';
import { RoomSessions } from './RoomSessions.tsx';
import { classMarkdown } from './report-markdown.ts';
import { useClassExports } from './use-class-exports.ts';
import '../map/map.css';
import '../own/own.css';
import './class.css';

addMessages([messages, lens, mapMessages]);

// A student's debrief brings the debrief's code: loaded when one is opened.
const StudentRun = lazy(() => import('./StudentRun.tsx'));

export default function ClassScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { opened, refused: unread, opening, open, clear } = useClassExports();
  const [cases, setCases] = useState(new Map<string, BuiltScenario>());
  const [attempt, setAttempt] = useState<Attempt>('final');
  const [selected, setSelected] = useState<string>();
  const [viewing, setViewing] = useState<ClassRun>();
  const [returnTo, setReturnTo] = useState<string>();
  const [showNames, setShowNames] = useState(false);
  const who = (participant: string | null, number: number) =>
    showNames
      ? (participant ?? t('classReport.responses.noName'))
      : t('classReport.responses.hidden', { number });
  const openingCase = useOpenCaseFile(lang);

  // The cases of the opened runs, found again when the own cases change (a case file opened for
  // runs of a case this device lacked).
  const own = useCatalogState((state) => state.own);
  useEffect(() => {
    if (!opened) return;
    let current = true;
    void findCases(opened.runs.map((run) => run.data)).then((found) => current && setCases(found));
    return () => {
      current = false;
    };
  }, [opened, own]);

  const { groups, tampered, missing } = useMemo(
    () => admitRuns(opened?.runs ?? [], (id, hash) => cases.get(caseKey(id, hash)), attempt),
    [opened, cases, attempt],
  );

  const groupKey = selected && groups.has(selected) ? selected : [...groups.keys()][0];
  const runs = useMemo(() => (groupKey ? groups.get(groupKey)! : []), [groups, groupKey]);
  const built = groupKey ? cases.get(groupKey) : undefined;
  const report = useMemo(() => built && classReport(built.scenario, runs), [built, runs]);
  // Every room session with the number it has wherever it is shown; those of this case and
  // version have their votes beside the class's choices.
  const numbered = useMemo(
    () => (opened?.rooms ?? []).map((room, i) => ({ room, number: i + 1 })),
    [opened],
  );
  const rooms = useMemo(
    () =>
      numbered.filter(
        ({ room }) =>
          room.case.id === built?.scenario.id && room.case.version === built.scenario.version,
      ),
    [numbered, built],
  );
  const refused = [
    ...unread,
    ...tampered.map(({ file, data }) => ({
      name: file || data.run.participant || data.run.id,
      reason: 'tampered' as const,
    })),
  ];

  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    open([...event.dataTransfer.files]);
  };
  const title = built ? localize(built.scenario.title, lang) : '';

  return (
    <section
      className="class-screen"
      aria-labelledby="class-heading"
      onDragOver={(event) => event.dataTransfer.types.includes('Files') && event.preventDefault()}
      onDrop={onDrop}
    >
      <p className="no-print">
        <a href={hrefOf({ screen: 'library' })}>{t('map.back.library')}</a>
      </p>
      <h2 id="class-heading">{t('classReport.heading')}</h2>
      <p>{t('classReport.intro')}</p>
      <ClassFiles
        count={opened && opened.runs.length + opened.rooms.length}
        opening={opening}
        refused={refused}
        onOpen={open}
        onClear={clear}
      />
      {missing.map((m) => (
        <p key={`${m.id}@${m.version}`} role="note">
          {t('classReport.missingCase', m)}
        </p>
      ))}
      {missing.length > 0 && (
        <div className="no-print">
          <OpenCaseFileButton opening={openingCase} testId="class-case-file-input" />
          <OpenCaseFileOutcome opening={openingCase} />
        </div>
      )}
      {groups.size > 0 && (
        <p className="class-choose no-print">
          <label>
            {t('classReport.group')}{' '}
            <select value={groupKey} onChange={(event) => setSelected(event.target.value)}>
              {[...groups].map(([key, group]) => {
                const scenario = cases.get(key)!.scenario;
                return (
                  <option key={key} value={key}>
                    {t('classReport.groupOption', {
                      title: localize(scenario.title, lang),
                      version: scenario.version,
                      count: group.length,
                    })}
                  </option>
                );
              })}
            </select>
          </label>{' '}
          <label>
            {t('classReport.attempt')}{' '}
            <select value={attempt} onChange={(event) => setAttempt(event.target.value as Attempt)}>
              <option value="final">{t('classReport.attemptFinal')}</option>
              <option value="first">{t('classReport.attemptFirst')}</option>
            </select>
          </label>
        </p>
      )}
      {built && report && (
        <>
          <h3 className="class-case">
            {title} · {built.scenario.version}
          </h3>
          {viewing ? (
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              <StudentRun
                run={viewing}
                built={built}
                who={who(viewing.participant, runs.findIndex((r) => r.runId === viewing.runId) + 1)}
                onClose={() => {
                  setReturnTo(viewing.runId);
                  setViewing(undefined);
                }}
              />
            </Suspense>
          ) : (
            <ClassReportView
              scenario={built.scenario}
              runs={runs}
              report={report}
              rooms={rooms}
              showNames={showNames}
              onShowNames={setShowNames}
              who={who}
              onOpen={setViewing}
              returnTo={returnTo}
            />
          )}
          <section aria-labelledby="class-export" className="no-print">
            <h3 id="class-export">{t('classReport.export.heading')}</h3>
            <p className="class-export-actions">
              {([';', ','] as const).map((separator) => (
                <button
                  key={separator}
                  type="button"
                  onClick={() =>
                    downloadText(
                      `klasoverzicht-${built.scenario.id}.csv`,
                      classCsv(built.scenario, runs, { separator, lang }),
                      'text/csv',
                    )
                  }
                >
                  {t(separator === ';' ? 'classReport.export.csv' : 'classReport.export.csvComma')}
                </button>
              ))}
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    `klasoverzicht-${built.scenario.id}.md`,
                    classMarkdown(built.scenario, report, lang, t),
                    'text/markdown',
                  )
                }
              >
                {t('classReport.export.markdown')}
              </button>
              <button type="button" onClick={() => window.print()}>
                {t('classReport.export.print')}
              </button>
            </p>
          </section>
        </>
      )}
      {numbered.length > 0 && <RoomSessions rooms={numbered} />}
    </section>
  );
}
