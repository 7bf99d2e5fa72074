/** The room's channel between presenter and audience, with two real BroadcastChannel ends. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFlowMachine, snapshotOf } from '../../src/facilitation/index.ts';
import { createActor } from 'xstate';
import {
  forAudience,
  openAudienceLink,
  openPresenterLink,
  readMessage,
  type RoomState,
} from '../../src/ui/room/sync.ts';
import { built } from './debrief-render.tsx';

const saskia = built('saskia').scenario;
const opened: { close(): void }[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

function stateOf(): RoomState {
  const actor = createActor(createFlowMachine(saskia)).start();
  actor.send({ type: 'NEXT' });
  return {
    save: forAudience(snapshotOf(actor.getSnapshot())),
    language: 'nl',
    join: null,
    page: 0,
  };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe('room sync', () => {
  it('answers an audience that says hello with the state at once, and both see each other', async () => {
    const connected: boolean[] = [];
    const presenter = openPresenterLink('saskia', (c) => connected.push(c));
    opened.push(presenter);
    const state = stateOf();
    presenter.publish(state);
    const received: RoomState[] = [];
    const present: boolean[] = [];
    opened.push(
      openAudienceLink(
        'saskia',
        (s) => received.push(s),
        (p) => present.push(p),
      ),
    );
    await until(() => received.length > 0 && connected.includes(true));
    expect(received[0]!.save.context.linesShown).toBe(2);
    expect(received[0]!.save.context.past).toEqual([]);
    expect(present.at(-1)).toBe(true);
  });

  it('ignores junk on the channel and messages of the wrong shape', async () => {
    const received: RoomState[] = [];
    opened.push(
      openAudienceLink(
        'saskia',
        (s) => received.push(s),
        () => {},
      ),
    );
    const junk = new BroadcastChannel('driehoek-room-saskia');
    opened.push(junk);
    junk.postMessage('hello');
    junk.postMessage({ kind: 'state', save: {}, language: 'fr', join: null, page: 0 });
    junk.postMessage({ kind: 'state', save: {}, language: 'nl', join: { code: 1 }, page: 0 });
    junk.postMessage({ kind: 'state', save: {}, language: 'nl', join: null, page: -1 });
    junk.postMessage({ kind: 'state', ...stateOf() });
    await until(() => received.length === 1);
    expect(received[0]!.language).toBe('nl');
    expect(readMessage({ kind: 'launch' })).toBeUndefined();
    expect(readMessage(null)).toBeUndefined();
    expect(
      readMessage({ ...stateOf(), kind: 'state', join: { code: 'X', joinUrl: 'javascript:1' } }),
    ).toBeUndefined();
  });

  it('keeps rooms of different cases apart', async () => {
    const received: RoomState[] = [];
    opened.push(
      openAudienceLink(
        'timo',
        (s) => received.push(s),
        () => {},
      ),
    );
    const presenter = openPresenterLink('saskia', () => {});
    opened.push(presenter);
    presenter.publish(stateOf());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).toEqual([]);
  });
});
