// @vitest-environment jsdom
/** The audience window: it draws only what a valid presenter state says, and ignores the rest. */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createFlowMachine, snapshotOf } from '../../src/facilitation/index.ts';
import { Audience } from '../../src/ui/room/Audience.tsx';
import { forAudience, type RoomState } from '../../src/ui/room/sync.ts';
import { built } from './debrief-render.tsx';
import { renderWithI18n } from './render.tsx';

const saskia = built('saskia').scenario;
const ends: BroadcastChannel[] = [];
afterEach(() => {
  cleanup();
  while (ends.length) ends.pop()!.close();
});

function presenterEnd() {
  const end = new BroadcastChannel('driehoek-room-saskia');
  ends.push(end);
  return end;
}

function stateAt(steps: number, join: RoomState['join'] = null): RoomState {
  const actor = createActor(createFlowMachine(saskia)).start();
  for (let i = 0; i < steps; i++) actor.send({ type: 'NEXT' });
  return { save: forAudience(snapshotOf(actor.getSnapshot())), language: 'nl', join, page: 0 };
}

describe('audience', () => {
  it('shows the lines so far from the presenter state, and ignores a state of another case', async () => {
    renderWithI18n(<Audience scenario={saskia} />);
    const presenter = presenterEnd();
    act(() => presenter.postMessage({ kind: 'state', ...stateAt(1) }));
    await waitFor(() => expect(document.querySelectorAll('.audience-lines p')).toHaveLength(2));
    const other = stateAt(3);
    other.save.context.scenarioId = 'timo';
    act(() => presenter.postMessage({ kind: 'state', ...other }));
    act(() => presenter.postMessage({ kind: 'state', ...stateAt(2), save: { version: 99 } }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelectorAll('.audience-lines p')).toHaveLength(2);
  });

  it('shows the join block: a QR code of squares, the code and the address', async () => {
    renderWithI18n(<Audience scenario={saskia} />);
    const presenter = presenterEnd();
    const join = { code: 'K7M2QP', joinUrl: 'http://192.168.1.20:4173/#/join/K7M2QP' };
    act(() => presenter.postMessage({ kind: 'state', ...stateAt(0, join) }));
    await screen.findByText('K7M2QP');
    const qr = screen.getByRole('img', { name: `QR-code naar ${join.joinUrl}` });
    expect(qr.querySelectorAll('rect').length).toBeGreaterThan(100);
    expect(screen.getByText(/192\.168\.1\.20/)).toBeTruthy();
  });

  it('goes black on blackout', async () => {
    renderWithI18n(<Audience scenario={saskia} />);
    const state = stateAt(1);
    state.save.context.blackout = true;
    act(() => presenterEnd().postMessage({ kind: 'state', ...state }));
    await waitFor(() => expect(document.querySelector('.audience--blackout')).toBeTruthy());
    expect(document.querySelector('.audience--blackout')?.textContent).toBe('');
  });
});
