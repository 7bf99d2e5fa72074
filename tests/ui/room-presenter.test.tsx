// @vitest-environment jsdom
/** The presenter's view driven as a facilitator would: keys, clicks and typed hands. */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore, type Store } from '../../src/persistence/index.ts';
import { Presenter } from '../../src/ui/room/Presenter.tsx';
import { roomKey } from '../../src/ui/room/room-save.ts';
import { built } from './debrief-render.tsx';
import { renderWithI18n } from './render.tsx';

const saskia = built('saskia').scenario;
afterEach(cleanup);

/** A channel that goes nowhere: these tests are about the presenter's own window. */
const quietChannel = () =>
  ({ postMessage() {}, close() {}, onmessage: null }) as unknown as BroadcastChannel;

function renderPresenter(store: Store = createMemoryStore()) {
  const view = renderWithI18n(
    <Presenter scenario={saskia} store={store} language="nl" channel={quietChannel} />,
  );
  return { ...view, store };
}

const phase = () => document.querySelector('.room-phase')?.getAttribute('data-phase');
const press = (key: string, target: Element | Window = window) =>
  act(() => {
    fireEvent.keyDown(target, { key });
  });

/** From the start, Next until the options of the first choice point are on screen. */
async function toOptions() {
  for (let i = 0; i < 20 && phase() !== 'options'; i++) await press('ArrowRight');
  expect(phase()).toBe('options');
}

describe('presenter keys', () => {
  it('moves on with →, PageDown and Space, and back with ← and PageUp', async () => {
    renderPresenter();
    expect(phase()).toBe('scene');
    const shown = () =>
      document.querySelectorAll('.presenter-stage .room-lines')[1]?.children.length;
    const before = shown();
    await press('ArrowRight');
    await press('PageDown');
    await press(' ');
    expect(shown()).toBe(before! + 3);
    await press('ArrowLeft');
    await press('PageUp');
    expect(shown()).toBe(before! + 1);
  });

  it('lets Space press a focused button instead of moving on', async () => {
    const user = userEvent.setup();
    renderPresenter();
    const onScreen = () => document.querySelectorAll('.presenter-stage .room-line').length;
    const before = onScreen();
    const blackout = screen.getByRole('button', { name: 'Scherm zwart (B)' });
    blackout.focus();
    await user.keyboard(' ');
    expect(onScreen()).toBe(before);
    expect(blackout).toHaveProperty('ariaPressed', 'true');
    expect(screen.getByText('Het publiek ziet nu een zwart scherm.')).toBeTruthy();
    expect(phase()).toBe('scene');
  });

  it('opens and closes voting with V, and Next never decides', async () => {
    renderPresenter();
    await toOptions();
    await press('v');
    expect(phase()).toBe('voting');
    await press('ArrowRight');
    expect(phase()).toBe('voting');
    expect(document.querySelector('.room-hint')?.textContent).toMatch(/Sluit eerst de stemming/);
    await press('v');
    expect(phase()).toBe('voted');
    await press('ArrowRight');
    await press(' ');
    expect(phase()).toBe('voted');
    expect(screen.getByRole('button', { name: 'Neem de meerderheid' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByText(/Nog geen stemmen/)).toBeTruthy();
  });

  it('ignores room keys while a count is typed, and shows a count that is no number', async () => {
    const user = userEvent.setup();
    renderPresenter();
    await toOptions();
    await press('v');
    const a = screen.getByLabelText('Handen voor A');
    await user.clear(a);
    await user.type(a, '7v ');
    await press('ArrowRight', a);
    expect(phase()).toBe('voting');
    expect(a).toHaveProperty('value', '7v ');
    expect(a.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Vul een heel getal in/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Sluit de stemming/ })).toHaveProperty(
      'disabled',
      true,
    );
    a.blur();
    await press('v');
    expect(phase()).toBe('voting');
    await user.clear(a);
    await user.type(a, '7');
    await user.type(screen.getByLabelText('Handen voor B'), '{Backspace}2');
    a.blur();
    (document.activeElement as HTMLElement | null)?.blur();
    await press('v');
    expect(phase()).toBe('voted');
    await user.click(screen.getByRole('button', { name: 'Neem de meerderheid (A)' }));
    expect(phase()).toBe('revealing');
    await press('r');
    expect(document.querySelectorAll('.room-verdict')).toHaveLength(1);
  });
});

describe('presenter save', () => {
  it('resumes exactly where it was after a reload', async () => {
    const { store, unmount } = renderPresenter();
    await toOptions();
    await press('v');
    fireEvent.change(screen.getByLabelText('Handen voor A'), { target: { value: '4' } });
    unmount();
    renderPresenter(store);
    expect(phase()).toBe('voting');
    expect(screen.getByLabelText('Handen voor A')).toHaveProperty('value', '4');
    // The undo history came back too.
    await press('ArrowLeft');
    expect(phase()).toBe('options');
  });

  it('starts afresh with a notice when the save cannot be restored, keeping it aside', () => {
    const store = createMemoryStore();
    store.write(
      roomKey('saskia'),
      { version: 1, phase: 'voting', context: { scenarioId: 'x' } },
      {
        version: 1,
        restore: (data) => ({ ok: true, value: data }),
      },
    );
    renderPresenter(store);
    expect(phase()).toBe('scene');
    expect(screen.getByText(/kon niet worden gelezen/)).toBeTruthy();
    expect(store.quarantined().map((q) => q.key)).toContain(roomKey('saskia'));
  });
});
