/**
 * The presenter's live-voting panel: the room's code and connection, phones connected and votes
 * in, and "close the session". It keeps the phones at the flow's stage and feeds the live tally
 * into the flow as the room's votes while voting is open; closing a vote goes through
 * `closeVotingLive`, so the counts the flow freezes are the ones the server froze.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Scenario } from '../../engine/index.ts';
import type { FlowContext, FlowEvent, Phase } from '../../facilitation/index.ts';
import { addMessages } from '../i18n/i18n.ts';
import { ballotId, phoneStageFor } from './ballot-of.ts';
import * as messages from './messages.ts';
import { openPresenterRoom, type PresenterRoom } from './presenter-room.ts';
import './live.css';

addMessages([messages]);

/** The presenter's room for this tab's key, open while the presenter view is. */
export function usePresenterRoom(key: string, language: Language): PresenterRoom {
  const [room] = useState(() => openPresenterRoom(key, language));
  useEffect(() => () => room.disconnect(), [room]);
  return room;
}

/** Close the vote on the server first, then freeze its final counts in the flow. */
export async function closeVotingLive(
  room: PresenterRoom,
  context: FlowContext,
  send: (event: FlowEvent) => void,
): Promise<void> {
  const tally = await room.closeBallot(ballotId(context));
  if (tally) send({ type: 'VOTES.SET', counts: tally.counts, source: 'phones' });
  send({ type: 'VOTING.CLOSE' });
}

interface LivePanelProps {
  room: PresenterRoom;
  scenario: Scenario;
  phase: Phase;
  context: FlowContext;
  language: Language;
  send: (event: FlowEvent) => void;
}

export function LivePanel({ room, scenario, phase, context, language, send }: LivePanelProps) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(room.subscribe, room.getState);
  const wanted = phoneStageFor(scenario, phase, context, language, t);
  const wantedKey = JSON.stringify(wanted);
  useEffect(() => room.show(JSON.parse(wantedKey)), [room, wantedKey]);

  const { tally } = state;
  const current = ballotId(context);
  const flowCounts = JSON.stringify(context.votes?.counts ?? {});
  useEffect(() => {
    if (phase !== 'voting' || !tally || tally.ballot !== current) return;
    if (JSON.stringify(tally.counts) !== flowCounts)
      send({ type: 'VOTES.SET', counts: tally.counts, source: 'phones' });
  }, [phase, tally, current, flowCounts, send]);

  if (state.status === 'closed') return <p role="status">{t('live.presenter.closed')}</p>;
  return (
    <section className="room-panel live-panel" aria-labelledby="live-panel-heading">
      <h3 id="live-panel-heading">{t('live.presenter.heading')}</h3>
      <p role="status">{t(`live.presenter.status.${state.status}`)}</p>
      {state.room && (
        <p className="live-code">{t('live.presenter.code', { code: state.room.code })}</p>
      )}
      {tally && (
        <p>
          {t('live.presenter.participants', { count: tally.participants })}
          {tally.ballot === current && ` · ${t('live.presenter.voters', { count: tally.voters })}`}
        </p>
      )}
      {state.failure && <p role="alert">{t('live.presenter.failed', { reason: state.failure })}</p>}
      <button
        type="button"
        onClick={async () => {
          if (!window.confirm(t('live.presenter.confirmClose'))) return;
          await room.closeRoom();
        }}
      >
        {t('live.presenter.closeRoom')}
      </button>
    </section>
  );
}
