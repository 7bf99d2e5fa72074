// @vitest-environment jsdom
/**
 * The player's flow, driven by keyboard as a trainee would: no choice and no next scene by an
 * Enter too many; the answer stays until "next scene"; the ending's tone at the end of play.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isEnding, localize, type RunEvent } from '../../src/engine/index.ts';
import { nl as debriefWords } from '../../src/ui/debrief/messages.ts';
import { settingsStore } from '../../src/ui/stores.ts';
import { choices, eventsTo, renderRun, saskia } from './player-render.tsx';

const { scenario } = saskia;
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 100)));
/** Whatever has focus, unless it is something Enter would activate. */
const focusedInert = () => {
  const focused = document.activeElement as HTMLElement;
  expect(focused.closest('button, a, input, select, textarea')).toBeNull();
  return focused;
};

/** Focus "Volgende regel" and hold Enter down: the key repeats, as a keyboard does. */
async function holdEnterOnNextLine() {
  await settle(); // The scene's heading has taken focus.
  screen.getByRole('button', { name: 'Volgende regel' }).focus();
  await userEvent.keyboard('{Enter>40/}');
  await settle();
}

/**
 * A run rendered one event before the end of `events`, that event then made as the trainee would
 * (and "next scene" asked for): the scene arrived in play, not reopened whole.
 */
async function arriveBy(events: RunEvent[]) {
  const view = renderRun(events.slice(0, -1));
  await settle();
  act(() => view.actor.send(events.at(-1)!));
  const next = screen.queryByRole('button', { name: 'Volgende scène' });
  if (next) await userEvent.click(next);
  return view;
}

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  settingsStore.getState().change({ pace: 'step' });
});

describe('holding Enter on the pacing controls', () => {
  it('reveals every line and stops at the question: nothing is chosen', async () => {
    const { actor } = renderRun();
    await holdEnterOnNextLine();
    expect(within(choices()).getAllByRole('button')).toHaveLength(4);
    expect(focusedInert().textContent).toMatch(/Wat doe je\? Kies met de knoppen/);
    expect(actor.getSnapshot().context.history).toHaveLength(0);
    expect(screen.queryByText('Jij:')).toBeNull();
  });

  it('stops at the end of a scene without a choice: the run does not continue', async () => {
    const events = eventsTo(saskia, (step) => scenario.scenes[step]?.choice === undefined);
    const { actor } = await arriveBy(events);
    const before = actor.getSnapshot();
    await holdEnterOnNextLine();
    expect(screen.getByRole('button', { name: 'Verder' })).toBeTruthy();
    expect(focusedInert().textContent).toBe('Einde van deze scène.');
    expect(actor.getSnapshot()).toBe(before);
  });

  it('stops at the ending’s outcome, with its tone: the debrief link is not followed', async () => {
    const events = eventsTo(saskia, (step) => isEnding(scenario, step));
    const { actor } = await arriveBy(events);
    const ending = scenario.endings[String(actor.getSnapshot().value)]!;
    const hash = location.hash;
    await holdEnterOnNextLine();
    const summary = focusedInert();
    expect(summary.textContent).toContain(debriefWords.debrief.ending.tone[ending.tone]);
    expect(summary.textContent).toContain(localize(ending.outcome, 'nl'));
    expect(screen.getByRole('link', { name: 'Naar de nabespreking' })).toBeTruthy();
    expect(location.hash).toBe(hash);
  });
});

describe('after a choice', () => {
  it('keeps the answer and its feedback, focused, until the trainee asks for the next scene', async () => {
    settingsStore.getState().change({ pace: 'all' });
    const { actor } = renderRun();
    fireEvent.keyDown(document.body, { key: '2' });
    await waitFor(() => expect(actor.getSnapshot().context.history).toHaveLength(1));
    await settle();
    const answer = screen.getByRole('region', { name: 'Jij' });
    expect(document.activeElement).toBe(answer);
    expect(within(answer).getByText('Uitleg bij je keuze')).toBeTruthy();
    // The run has moved on, but its next scene waits; its number keys choose nothing.
    const next = scenario.scenes[String(actor.getSnapshot().value)]!;
    expect(
      screen.queryByRole('heading', { name: new RegExp(localize(next.title, 'nl')) }),
    ).toBeNull();
    expect(screen.queryByRole('group', { name: 'Keuzes' })).toBeNull();
    fireEvent.keyDown(document.body, { key: '1' });
    await settle();
    expect(actor.getSnapshot().context.history).toHaveLength(1);

    await userEvent.click(within(answer).getByRole('button', { name: 'Volgende scène' }));
    const heading = await screen.findByRole('heading', {
      name: new RegExp(localize(next.title, 'nl')),
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('button', { name: 'Volgende scène' })).toBeNull();
  });

  it('does the same in reflect mode, without feedback', async () => {
    settingsStore.getState().change({ pace: 'all' });
    const { actor } = renderRun([], 'reflect');
    await userEvent.click(within(choices()).getAllByRole('button')[0]!);
    await waitFor(() => expect(actor.getSnapshot().context.history).toHaveLength(1));
    await settle();
    const answer = screen.getByRole('region', { name: 'Jij' });
    expect(document.activeElement).toBe(answer);
    expect(within(answer).queryByText('Uitleg bij je keuze')).toBeNull();
    await userEvent.click(within(answer).getByRole('button', { name: 'Volgende scène' }));
    expect(await screen.findByRole('group', { name: 'Keuzes' })).toBeTruthy();
  });

  it('reopens a run where it stands: in the scene the last choice led to', async () => {
    settingsStore.getState().change({ pace: 'all' });
    const { actor } = renderRun(eventsTo(saskia, (_, run) => run.history.length === 1));
    const scene = scenario.scenes[String(actor.getSnapshot().value)]!;
    const heading = screen.getByRole('heading', { name: new RegExp(localize(scene.title, 'nl')) });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('group', { name: 'Keuzes' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Volgende scène' })).toBeNull();
  });
});
