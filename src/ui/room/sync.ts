/**
 * The presenter and the audience window over a BroadcastChannel, one channel per case. The
 * presenter's flow is the single source of truth: it posts its state on every change and a
 * heartbeat every second; the audience says hello when it loads (and is answered at once with the
 * state) and answers each heartbeat, so each side knows whether the other is there. Everything
 * received is checked: a message that does not fit is ignored, never acted on.
 */
import type { Language } from '../../engine/index.ts';
import type { ReactNode } from 'react';
import type { FlowContext, FlowEvent, FlowSave, Phase } from '../../facilitation/index.ts';

/** The live room's join details, shown on the projector when a server fills them in. */
export interface JoinInfo {
  code: string;
  joinUrl: string;
}

/**
 * What a live room (votes from phones) adds to the presenter: its join details for the projector,
 * a vote closed on the server before the flow freezes its counts, and its own panel.
 */
export interface LiveBinding {
  join: JoinInfo | null;
  closeVoting: (context: FlowContext, send: (event: FlowEvent) => void) => Promise<void>;
  panel: (flow: {
    phase: Phase;
    context: FlowContext;
    send: (event: FlowEvent) => void;
  }) => ReactNode;
}

/** What the audience needs to draw the room: the flow, and how the presenter shows it. */
export interface RoomState {
  /** The flow without its undo history (`past` is empty): the audience never steps back itself. */
  save: FlowSave;
  language: Language;
  join: JoinInfo | null;
  /** The page of the projector's list (options, prompts, debrief) the presenter is on. */
  page: number;
}

export type RoomMessage =
  ({ kind: 'state' } & RoomState) | { kind: 'heartbeat' } | { kind: 'hello' } | { kind: 'here' };

export const HEARTBEAT_MS = 1000;
/** With no word from the other side for this long, it is taken to be gone. */
export const SILENCE_MS = 3000;

export const channelName = (caseId: string) => `driehoek-room-${caseId}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isJoin = (value: unknown): value is JoinInfo | null =>
  value === null ||
  (isRecord(value) &&
    typeof value.code === 'string' &&
    value.code.length <= 32 &&
    typeof value.joinUrl === 'string' &&
    /^https?:\/\//.test(value.joinUrl) &&
    value.joinUrl.length <= 500);

/**
 * The message, if it is one of ours; undefined for anything else. The flow itself (`save`) is
 * checked by the audience against its own machine for the case (facilitation `restore`).
 */
export function readMessage(data: unknown): RoomMessage | undefined {
  if (!isRecord(data)) return undefined;
  switch (data.kind) {
    case 'heartbeat':
    case 'hello':
    case 'here':
      return { kind: data.kind };
    case 'state':
      if (
        (data.language === 'nl' || data.language === 'en') &&
        isJoin(data.join) &&
        Number.isInteger(data.page) &&
        (data.page as number) >= 0 &&
        isRecord(data.save)
      )
        return {
          kind: 'state',
          save: data.save as unknown as FlowSave,
          language: data.language,
          join: data.join,
          page: data.page as number,
        };
      return undefined;
    default:
      return undefined;
  }
}

/** The flow as the audience gets it: without the undo history, which can grow long. */
export function forAudience(save: FlowSave): FlowSave {
  return { ...save, context: { ...save.context, past: [] } };
}

/** The BroadcastChannel constructor; injectable for tests and absent in old browsers. */
type ChannelFactory = (name: string) => BroadcastChannel;
const browserChannel: ChannelFactory | undefined =
  typeof BroadcastChannel === 'undefined' ? undefined : (name) => new BroadcastChannel(name);

export interface PresenterLink {
  /** Post the room's state now (and again to every audience that says hello). */
  publish(state: RoomState): void;
  close(): void;
}

/**
 * The presenter's end: posts the state on `publish`, a heartbeat every second, and reports when an
 * audience window is connected or gone.
 */
export function openPresenterLink(
  caseId: string,
  onAudience: (connected: boolean) => void,
  { channel = browserChannel, now = () => Date.now() } = {},
): PresenterLink {
  if (!channel) return { publish() {}, close() {} };
  const port = channel(channelName(caseId));
  let latest: RoomState | undefined;
  let heardAt = -Infinity;
  let connected = false;
  const setConnected = (value: boolean) => {
    if (value !== connected) onAudience((connected = value));
  };
  const post = (message: RoomMessage) => port.postMessage(message);
  port.onmessage = (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (message?.kind !== 'hello' && message?.kind !== 'here') return;
    heardAt = now();
    setConnected(true);
    if (message.kind === 'hello' && latest) post({ kind: 'state', ...latest });
  };
  const beat = setInterval(() => {
    post({ kind: 'heartbeat' });
    if (now() - heardAt > SILENCE_MS) setConnected(false);
  }, HEARTBEAT_MS);
  return {
    publish(state) {
      latest = state;
      post({ kind: 'state', ...state });
    },
    close() {
      clearInterval(beat);
      port.close();
    },
  };
}

export interface AudienceLink {
  close(): void;
}

/**
 * The audience's end: says hello, answers heartbeats, hands on each state message, and reports
 * whether the presenter is there (a heartbeat or a state within the last three seconds).
 */
export function openAudienceLink(
  caseId: string,
  onState: (state: RoomState) => void,
  onPresenter: (present: boolean) => void,
  { channel = browserChannel, now = () => Date.now() } = {},
): AudienceLink {
  if (!channel) {
    onPresenter(false);
    return { close() {} };
  }
  const port = channel(channelName(caseId));
  let heardAt = -Infinity;
  let present: boolean | undefined;
  const setPresent = (value: boolean) => {
    if (value !== present) onPresenter((present = value));
  };
  port.onmessage = (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (message?.kind !== 'heartbeat' && message?.kind !== 'state') return;
    heardAt = now();
    setPresent(true);
    if (message.kind === 'heartbeat') port.postMessage({ kind: 'here' } satisfies RoomMessage);
    else onState(message);
  };
  port.postMessage({ kind: 'hello' } satisfies RoomMessage);
  const watch = setInterval(() => {
    if (now() - heardAt > SILENCE_MS) setPresent(false);
  }, HEARTBEAT_MS);
  return {
    close() {
      clearInterval(watch);
      port.close();
    },
  };
}
