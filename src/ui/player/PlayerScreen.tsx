/** The play screen for a run: loads its case, opens its active branch, or says why it cannot. */
import { useActorRef } from '@xstate/react';
import { useState } from 'react';
import type { BuiltScenario } from '../../engine/index.ts';
import { activeBranchOf, branchState, prepareSession, type RunRecord } from '../../state/index.ts';
import { addMessages } from '../i18n/i18n.ts';
import { RunScreen } from '../RunScreen.tsx';
import { runStore, useRuns } from '../stores.ts';
import { RefusedRun } from './RefusedRun.tsx';
import { Player } from './Player.tsx';
import { afterPaint } from '../after-paint.ts';
import * as debrief from '../debrief/messages.ts';
import * as lens from '../lens/messages.ts';
import * as triangle from '../triangle/messages.ts';
import * as messages from './messages.ts';
import './player.css';

// The debrief's words for an ending's tone show at the end of play too (EndingTone).
addMessages([messages, triangle, lens, debrief]);

export default function PlayerScreen({ runId }: { runId: string }) {
  return (
    <RunScreen runId={runId}>
      {(record, built) => <CurrentBranch record={record} built={built} />}
    </RunScreen>
  );
}

/**
 * A new branch (rewind, switch) is a new session, and so is the run as another tab left it: the
 * player starts afresh from the saved state instead of acting on an old one.
 */
function CurrentBranch({ built, record }: { built: BuiltScenario; record: RunRecord }) {
  const caughtUp = useRuns((s) => s.caughtUp[record.id] ?? 0);
  return <BranchPlayer key={`${record.activeBranch}:${caughtUp}`} built={built} record={record} />;
}

function BranchPlayer({ built, record }: { built: BuiltScenario; record: RunRecord }) {
  const [prepared] = useState(() =>
    prepareSession(
      built,
      activeBranchOf(record).save,
      // Saves name their branch: a late save of this player must not land on another branch.
      afterPaint((events) =>
        runStore.getState().advance(record.id, record.activeBranch, branchState(built, events)),
      ),
    ),
  );
  if (!prepared.ok) return <RefusedRun record={record} reason={prepared.reason} />;
  return (
    <RunningBranch
      built={built}
      record={record}
      machine={prepared.machine}
      snapshot={prepared.snapshot}
    />
  );
}

function RunningBranch({
  built,
  record,
  machine,
  snapshot,
}: { built: BuiltScenario; record: RunRecord } & Pick<
  Extract<ReturnType<typeof prepareSession>, { ok: true }>,
  'machine' | 'snapshot'
>) {
  const actor = useActorRef(machine, { snapshot });
  return <Player actor={actor} built={built} record={record} />;
}
