/**
 * #/class: the lecturer's class report. Open many run exports at once (or drop them); each is
 * checked and replayed in its case, what is not a run is listed with the reason, and the report
 * shows one case and version at a time. What was opened stays on this device until cleared.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { classReport } from '../../class-report/class-report.ts';
import {
  admitRun,
  distinctRuns,
  groupRuns,
  type Attempt,
  type ClassRun,
} from '../../class-report/class-runs.ts';
import { classCsv } from '../../class-report/csv.ts';
import type { RoomExport } from '../../class-report/room-export.ts';
import {
  MAX_EXPORT_BYTES,
  readRunExport,
  type ExportRefusal,
  type RunExport,
} from '../../class-report/run-export.ts';
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
import { caseKey, findCases } from './find-cases.ts';
import * as messages from './messages.ts';
import {
  clearOpened,
  keepOpened,
  loadOpened,
  NOTHING_OPENED,
  type Opened,
} from './opened-exports.ts';
import { RoomSessions } from './RoomSessions.tsx';
import { classMarkdown } from './report-markdown.ts';
import '../map/map.css';
import '../own/own.css';
import './class.css';

addMessages([messages, lens, mapMessages]);

// A student's debrief brings the debrief's code: loaded when one is opened.
const StudentRun = lazy(() => import('./StudentRun.tsx'));

interface Refused {
  name: string;
  reason: ExportRefusal | 'tampered';
}

export default function ClassScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const input = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState<Opened>();
  const [cases, setCases] = useState(new Map<string, BuiltScenario>());
  const [refused, setRefused] = useState<Refused[]>([]);
  const [reading, setReading] = useState(0);
  const [attempt, setAttempt] = useState<Attempt>('final');
  const [selected, setSelected] = useState<string>();
  const [viewing, setViewing] = useState<ClassRun>();
  const opening = useOpenCaseFile(lang);

  useEffect(() => {
    void loadOpened().then(setOpened);
  }, []);
  // The cases of the opened runs, found again when the own cases change (a case file opened for
  // runs of a case this device lacked).
  const own = useCatalogState((state) => state.own);
  useEffect(() => {
    if (!opened) return;
    let current = true;
    void findCases(opened.runs).then((found) => current && setCases(found));
    return () => {
      current = false;
    };
  }, [opened, own]);

  const open = async (files: File[]) => {
    setReading(files.length);
    const runs: RunExport[] = [];
    const rooms: RoomExport[] = [];
    const notRuns: Refused[] = [];
    for (const file of files) {
      // A file over the limit is refused by its size, before it is read.
      const read =
        file.size > MAX_EXPORT_BYTES
          ? ({ ok: false, reason: 'too-large' } as const)
          : readRunExport(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) notRuns.push({ name: file.name, reason: read.reason });
      else if (read.kind === 'room') rooms.push(read.room);
      else runs.push(read.export);
    }
    const before = opened ?? NOTHING_OPENED;
    const all = { runs: [...before.runs, ...runs], rooms: [...before.rooms, ...rooms] };
    await keepOpened(all);
    setRefused((earlier) => [...earlier, ...notRuns]);
    setReading(0);
    setOpened(all);
  };

  const { groups, tampered, missing } = useMemo(() => {
    const admitted: ClassRun[] = [];
    const tampered: Refused[] = [];
    const missing = new Map<string, { id: string; version: string; count: number }>();
    for (const data of opened?.runs ?? []) {
      const key = caseKey(data.scenario.id, data.scenario.hash);
      const result = admitRun(data, (id, hash) => cases.get(caseKey(id, hash)), attempt);
      if (result.ok) admitted.push(result.run);
      else if (result.reason === 'tampered')
        tampered.push({ name: data.run.participant || data.run.id, reason: 'tampered' });
      else {
        const seen = missing.get(key) ?? { id: result.caseId, version: result.version, count: 0 };
        missing.set(key, { ...seen, count: seen.count + 1 });
      }
    }
    return { groups: groupRuns(distinctRuns(admitted)), tampered, missing: [...missing.values()] };
  }, [opened, cases, attempt]);

  const groupKey = selected && groups.has(selected) ? selected : [...groups.keys()][0];
  const runs = useMemo(() => (groupKey ? groups.get(groupKey)! : []), [groups, groupKey]);
  const built = groupKey ? cases.get(groupKey) : undefined;
  const report = useMemo(() => built && classReport(built.scenario, runs), [built, runs]);
  const allRefused = [...refused, ...tampered];

  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    void open([...event.dataTransfer.files]);
  };
  const clear = async () => {
    if (!window.confirm(t('classReport.confirmClear'))) return;
    await clearOpened();
    setRefused([]);
    setOpened(NOTHING_OPENED);
  };
  const title = built ? localize(built.scenario.title, lang) : '';
  const count = (opened?.runs.length ?? 0) + (opened?.rooms.length ?? 0);

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
      <p className="no-print">
        <button type="button" onClick={() => input.current?.click()} disabled={reading > 0}>
          {t('classReport.open')}
        </button>{' '}
        <span className="own-hint">{t('classReport.dropHint')}</span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          data-testid="class-files-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length) void open(files);
          }}
        />
        {count > 0 && (
          <>
            {' '}
            <button type="button" onClick={() => void clear()}>
              {t('classReport.clear')}
            </button>
          </>
        )}
      </p>
      <p role="status">
        {reading > 0
          ? t('classReport.reading', { count: reading })
          : count
            ? t('classReport.opened', { count })
            : opened && t('classReport.empty')}
      </p>
      {allRefused.length > 0 && (
        <section aria-labelledby="class-refused" className="class-refused">
          <h3 id="class-refused">
            {t('classReport.refused.heading', { count: allRefused.length })}
          </h3>
          <ul>
            {allRefused.map((file, i) => (
              <li key={i}>
                <strong>{file.name}</strong>: {t(`classReport.refused.${file.reason}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {missing.map((m) => (
        <p key={`${m.id}@${m.version}`} role="note">
          {t('classReport.missingCase', m)}
        </p>
      ))}
      {missing.length > 0 && (
        <div className="no-print">
          <OpenCaseFileButton opening={opening} testId="class-case-file-input" />
          <OpenCaseFileOutcome opening={opening} />
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
      {opened && opened.rooms.length > 0 && <RoomSessions rooms={opened.rooms} />}
      {built && report && (
        <>
          <h3 className="class-case">
            {title} · {built.scenario.version}
          </h3>
          {viewing ? (
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              <StudentRun run={viewing} built={built} onClose={() => setViewing(undefined)} />
            </Suspense>
          ) : (
            <ClassReportView
              scenario={built.scenario}
              runs={runs}
              report={report}
              onOpen={setViewing}
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
    </section>
  );
}
