/** The debrief screen for a run: loads its case and shows the debrief of its active branch. */
import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuiltScenario, Language } from '../../engine/index.ts';
import type { RunRecord } from '../../state/index.ts';
import { hrefOf } from '../router.ts';
import { catalogEntry, loadScenario } from '../scenario-cache.ts';
import { runStore, useRuns } from '../stores.ts';
import { Debrief } from './Debrief.tsx';
import { addMessages } from '../i18n/i18n.ts';
import * as chart from '../chart/messages.ts';
import * as lens from '../lens/messages.ts';
import * as player from '../player/messages.ts';
import * as messages from './messages.ts';

addMessages([messages, chart, lens, player]);

export default function DebriefScreen({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const record = useRuns((s) => s.runs[runId]);
  const entry = record && catalogEntry(record.scenarioId);
  if (!record || !entry) {
    return (
      <section>
        <p role="alert">{t(record ? 'app.scenarioGone' : 'app.notFound')}</p>
        <a href={hrefOf({ screen: 'library' })}>{t('app.toLibrary')}</a>
      </section>
    );
  }
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <LoadedDebrief record={record} scenario={loadScenario(entry)} />
    </Suspense>
  );
}

function LoadedDebrief({
  record,
  scenario,
}: {
  record: RunRecord;
  scenario: Promise<BuiltScenario>;
}) {
  const { i18n, t } = useTranslation();
  const built = use(scenario);
  const { setReflection, switchBranch } = runStore.getState();
  return (
    <>
      <p className="no-print">
        <a href={hrefOf({ screen: 'play', runId: record.id })}>{t('debriefScreen.backToRun')}</a> ·{' '}
        <a href={hrefOf({ screen: 'library' })}>{t('app.toLibrary')}</a>
      </p>
      <Debrief
        built={built}
        record={record}
        language={i18n.language as Language}
        onReflection={(question, answer) => setReflection(record.id, question, answer)}
        onSwitchBranch={(branchId) => switchBranch(record.id, branchId)}
      />
    </>
  );
}
