/**
 * The presenter with a live room: the same view as with hands, bound to the room server through
 * this tab's key. Loaded only when the facilitator came in through the printed presenter URL.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Language, Scenario } from '../../engine/index.ts';
import type { Store } from '../../persistence/index.ts';
import { Presenter } from '../room/Presenter.tsx';
import type { LiveBinding } from '../room/sync.ts';
import { closeVotingLive, LivePanel, usePresenterRoom } from './LivePanel.tsx';

interface LivePresenterProps {
  presenterKey: string;
  scenario: Scenario;
  store: Store;
  language: Language;
}

export default function LivePresenter({
  presenterKey,
  scenario,
  store,
  language,
}: LivePresenterProps) {
  const room = usePresenterRoom(presenterKey, language);
  const info = useSyncExternalStore(room.subscribe, () => room.getState().room);
  const live = useMemo<LiveBinding>(
    () => ({
      join: info ? { code: info.code, joinUrl: info.joinUrl } : null,
      closeVoting: (context, send) => closeVotingLive(room, context, send),
      panel: (flow) => <LivePanel room={room} scenario={scenario} language={language} {...flow} />,
    }),
    [room, info, scenario, language],
  );
  return <Presenter scenario={scenario} store={store} language={language} live={live} />;
}
