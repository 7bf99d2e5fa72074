/** The debrief screen for a run: loads its case and shows the debrief of its active branch. */
import { useTranslation } from 'react-i18next';
import type { BuiltScenario, Language } from '../../engine/index.ts';
import type { RunRecord } from '../../state/index.ts';
import { addMessages } from '../i18n/i18n.ts';
import { hrefOf } from '../router.ts';
import { RunScreen } from '../RunScreen.tsx';
import { runStore, settingsStore, useSettings } from '../stores.ts';
import { Debrief } from './Debrief.tsx';
import * as chart from '../chart/messages.ts';
import * as lens from '../lens/messages.ts';
import * as player from '../player/messages.ts';
import * as messages from './messages.ts';

addMessages([messages, chart, lens, player]);

export default function DebriefScreen({ runId }: { runId: string }) {
  return (
    <RunScreen runId={runId}>
      {(record, built) => <LoadedDebrief record={record} built={built} />}
    </RunScreen>
  );
}

function LoadedDebrief({ record, built }: { record: RunRecord; built: BuiltScenario }) {
  const { i18n, t } = useTranslation();
  const { setReflection, switchBranch, setParticipant } = runStore.getState();
  // A run without a name of its own is handed in under the name this device used last.
  const lastUsed = useSettings((s) => s.participant);
  return (
    <>
      <p className="no-print">
        <a href={hrefOf({ screen: 'play', runId: record.id })}>{t('debriefScreen.backToRun')}</a> ·{' '}
        <a href={hrefOf({ screen: 'runMap', runId: record.id })}>{t('debriefScreen.pathOnMap')}</a>{' '}
        · <a href={hrefOf({ screen: 'library' })}>{t('app.toLibrary')}</a>
      </p>
      <Debrief
        built={built}
        record={record}
        language={i18n.language as Language}
        onReflection={(question, answer) => setReflection(record.id, question, answer)}
        onSwitchBranch={(branchId) => switchBranch(record.id, branchId)}
        participant={record.participant ?? lastUsed ?? ''}
        onParticipant={(name) => {
          setParticipant(record.id, name);
          settingsStore.getState().change({ participant: name });
        }}
      />
    </>
  );
}
