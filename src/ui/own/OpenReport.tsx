/** What came of opening a case file: checking, refused with its problems, a question, or added. */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../authoring/index.ts';
import { useTranslation } from 'react-i18next';
import { localize, type Language, type Scenario } from '../../engine/index.ts';
import { addMessages } from '../i18n/i18n.ts';
import { builtInCatalog, catalogEntry } from '../catalog.ts';
import * as messages from './messages.ts';
import type { AwaitingChoice } from './open-case-file.ts';
import { ProblemList } from './ProblemList.tsx';
import type { OpenCaseFile } from './use-open-case-file.ts';

addMessages([messages]);

// The map (dagre in its worker, its own views) loads only when asked for.
const DraftMap = lazy(() => import('../map/DraftMap.tsx'));

/** A file that has the right shape but wrong paths: its map, with the problems marked. */
function DraftMapToggle({ draft, problems }: { draft: Scenario; problems: Problem[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <>
      <p>
        <button type="button" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {t(shown ? 'ownFile.hideMap' : 'ownFile.showMap')}
        </button>
      </p>
      {shown && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <DraftMap scenario={draft} problems={problems} />
        </Suspense>
      )}
    </>
  );
}

export default function OpenReport({ opening }: { opening: OpenCaseFile }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { state, dismiss } = opening;
  const report = useRef<HTMLDivElement>(null);
  // Each outcome takes focus, so keyboard and screen-reader users land on what happened.
  useEffect(() => {
    if (state.step !== 'checking') report.current?.focus();
  }, [state.step]);
  if (state.step === 'idle') return null;
  const file = state.fileName;
  const close = (
    <button type="button" onClick={dismiss}>
      {t('ownFile.close')}
    </button>
  );
  if (state.step === 'checking') return <p role="status">{t('ownFile.checking', { file })}</p>;
  return (
    <div ref={report} tabIndex={-1} className={`open-report open-report-${state.step}`}>
      {state.step === 'refused' && (
        <div role="alert">
          <p className="open-report-title">
            {t('ownFile.refused', {
              file,
              count: state.problems.filter((p) => p.severity === 'error').length,
            })}
          </p>
          <p>{t('ownFile.refusedHelp')}</p>
        </div>
      )}
      {state.step === 'refused' && state.draft && (
        <DraftMapToggle draft={state.draft} problems={state.problems} />
      )}
      {state.step === 'refused' && <ProblemList problems={state.problems} text={state.text} />}
      {state.step === 'unreadable' && (
        <p role="alert" className="open-report-title">
          {state.reason === 'too-large'
            ? t('ownFile.tooLarge', {
                file,
                size: ((state.size ?? 0) / (1024 * 1024)).toLocaleString(lang, {
                  maximumFractionDigits: 1,
                }),
              })
            : t(`ownFile.${state.reason}`, { file })}
        </p>
      )}
      {state.step === 'not-saved' && (
        <p role="alert" className="open-report-title">
          {t(state.reason === 'quota' ? 'ownFile.notSaved.quota' : 'ownFile.notSaved.other', {
            file,
          })}
        </p>
      )}
      {state.step === 'unchanged' && (
        <p role="status" className="open-report-title">
          {t('ownFile.unchanged', { file })}
        </p>
      )}
      {state.step === 'added' && (
        <>
          <p role="status" className="open-report-title">
            {t(
              state.how === 'new'
                ? 'ownFile.added'
                : state.how === 'replaced'
                  ? 'ownFile.replaced'
                  : 'ownFile.keptBoth',
              { title: localize(state.title, lang) },
            )}
          </p>
          {state.warnings.length > 0 && (
            <>
              <p>{t('ownFile.warnings', { count: state.warnings.length })}</p>
              <ProblemList problems={state.warnings} text={state.text} />
            </>
          )}
        </>
      )}
      {state.step === 'confirm' ? <Question waiting={state} opening={opening} /> : close}
    </div>
  );
}

/** Replace the case with this file, keep both (for a clash), or leave everything as it was. */
function Question({ waiting, opening }: { waiting: AwaitingChoice; opening: OpenCaseFile }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { plan, scenario } = waiting;
  const title = localize(scenario.title, lang);
  const question =
    plan.kind === 'update'
      ? t('ownFile.update.question', {
          title,
          from: plan.current.versions.at(-1)!.scenario.version,
          to: scenario.version,
        })
      : t(`ownFile.clash.${plan.clashWith}`, {
          id: plan.id,
          localId: plan.localId,
          other: localize(
            (plan.clashWith === 'built-in'
              ? builtInCatalog.find((e) => e.id === plan.id)
              : catalogEntry(plan.id))!.title,
            lang,
          ),
        });
  return (
    <div role="group" aria-labelledby="open-question" className="open-question">
      <p id="open-question" className="open-report-title">
        {question}
      </p>
      {plan.kind === 'update' && <p>{t('ownFile.update.runs')}</p>}
      <p className="open-question-actions">
        <button
          type="button"
          className="primary"
          onClick={() => opening.choose(waiting, 'replace')}
        >
          {t('ownFile.replace')}
        </button>
        {plan.kind === 'clash' && (
          <button type="button" onClick={() => opening.choose(waiting, 'keep-both')}>
            {t('ownFile.keepBoth')}
          </button>
        )}
        <button type="button" onClick={opening.dismiss}>
          {t('ownFile.cancel')}
        </button>
      </p>
    </div>
  );
}
