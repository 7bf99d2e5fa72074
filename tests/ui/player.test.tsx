// @vitest-environment jsdom
/** The player, the choice list and rewinding, driven as a trainee would: by role and name. */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { localize } from '../../src/engine/index.ts';
import { activeBranchOf, branchState, prepareSession } from '../../src/state/index.ts';
import { Player } from '../../src/ui/player/Player.tsx';
import { runStore, settingsStore } from '../../src/ui/stores.ts';
import { SASKIA_SOURCE } from './debrief-render.tsx';
import { choices, renderRun, saskia } from './player-render.tsx';
import { renderWithI18n } from './render.tsx';

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  settingsStore.getState().change({ pace: 'all' });
});

describe('the player', () => {
  it('shows the scene: its week, who is present, and the conversation in a log', () => {
    renderRun();
    expect(screen.getByRole('heading', { name: /Week 1.*Gesprek met de ouders/ })).toBeTruthy();
    expect(
      screen.getByText(/Aanwezig: Marleen de Vries, Erik de Vries, Jeroen Bakker/),
    ).toBeTruthy();
    expect(screen.getByText('Saskia is er niet bij.')).toBeTruthy();
    const log = screen.getByRole('log', { name: 'Gesprek' });
    expect(within(log).getByText(/Marleen en ik gaan uit elkaar/)).toBeTruthy();
  });

  it('reveals lines one at a time at the reader’s pace, then asks the question', async () => {
    settingsStore.getState().change({ pace: 'step' });
    renderRun();
    expect(screen.queryByRole('group', { name: 'Keuzes' })).toBeNull();
    const next = screen.getByRole('button', { name: 'Volgende regel' });
    expect(screen.queryByText(/Marleen en ik gaan uit elkaar/)).toBeNull();
    await userEvent.click(next);
    await userEvent.click(screen.getByRole('button', { name: 'Toon de hele scène' }));
    expect(screen.getByText(/Marleen en ik gaan uit elkaar/)).toBeTruthy();
    expect(within(choices()).getAllByRole('button')).toHaveLength(4);
    // The button the reader used is gone: focus goes to the question, not to an answer.
    expect(document.activeElement?.textContent).toMatch(/Wat doe je\?/);
    expect(document.activeElement?.closest('button, a')).toBeNull();
  });

  it('answers a choice: the counsellor’s line, the reaction, feedback in coach mode; the next scene on request', async () => {
    renderRun();
    await userEvent.click(
      within(choices()).getByRole('button', { name: /Dan laat ik dat onderwerp rusten/ }),
    );
    const log = screen.getByRole('log');
    expect(within(log).getByText('Jij:').parentElement?.textContent).toMatch(
      /Dan laat ik dat onderwerp rusten/,
    );
    expect(screen.getByText('Uitleg bij je keuze')).toBeTruthy();
    // Then the scene the choice leads to, its heading focused for keyboard and screen reader users.
    await userEvent.click(await screen.findByRole('button', { name: 'Volgende scène' }));
    const heading = await screen.findByRole('heading', { name: /Kunnen we op u rekenen/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('answers at once with the answer worked out while the trainee read; the run steps after', async () => {
    const { actor } = renderRun();
    // Reading: the scene is painted and the browser idle, so the answers get worked out.
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    act(() => {
      fireEvent.keyDown(document.body, { key: '3' });
      fireEvent.keyDown(document.body, { key: '1' });
    });
    const third = saskia.scenario.scenes['parents-meeting']!.choice!.options[2]!;
    const log = screen.getByRole('log');
    expect(within(log).getByText('Jij:').parentElement?.textContent).toContain(
      localize(third.text, 'nl'),
    );
    expect(screen.getByText('Uitleg bij je keuze')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Keuzes' })).toBeNull();
    // The machine takes the step a frame later: the one chosen, once.
    expect(actor.getSnapshot().context.history).toHaveLength(0);
    await waitFor(() =>
      expect(actor.getSnapshot().context.history.map((c) => c.option)).toEqual([third.id]),
    );
    expect(within(log).getAllByText('Jij:')).toHaveLength(1);
  });

  it('keeps the explanation for the debrief in reflect mode', async () => {
    renderRun(undefined, 'reflect');
    await userEvent.click(within(choices()).getAllByRole('button')[1]!);
    expect(screen.queryByText('Uitleg bij je keuze')).toBeNull();
    expect(screen.getByText(/uitleg pas in de nabespreking/)).toBeTruthy();
  });

  it('chooses with the number keys, but not while the trainee types', async () => {
    const { actor } = renderRun();
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    fireEvent.keyDown(textarea, { key: '2' });
    expect(actor.getSnapshot().context.history).toHaveLength(0);
    act(() => {
      fireEvent.keyDown(document.body, { key: '2' });
    });
    const second = saskia.scenario.scenes['parents-meeting']?.choice?.options[1]?.id;
    expect(actor.getSnapshot().context.history.map((c) => c.option)).toEqual([second]);
    textarea.remove();
  });

  it('shows a delayed consequence in the week it lands, linked to the choice that caused it', () => {
    renderRun(SASKIA_SOURCE.slice(0, 4));
    const callout = screen.getByText(/Gevolg van je keuze in week 1: “Saskia, ik zie al een tijd/);
    expect(callout.parentElement?.textContent).toMatch(/verraden/);
  });

  it('moves the triangle when a choice lands', async () => {
    renderRun(SASKIA_SOURCE.slice(0, 2));
    const relationships = () =>
      screen.getByRole('list', { name: 'De drie relaties' }).textContent ?? '';
    expect(relationships()).toMatch(/werkrelatie leerling–begeleider: 35/i);
    await userEvent.click(
      within(choices()).getByRole('button', { name: /ik denk dat ik weet waarom/ }),
    );
    // The side follows the answer a frame later.
    await waitFor(() => expect(relationships()).toMatch(/werkrelatie leerling–begeleider: 55/i));
  });
});

describe('rewinding', () => {
  it('starts a new version from an earlier choice and keeps the old one', async () => {
    const { runId, record } = renderRun(SASKIA_SOURCE.slice(0, 3));
    const first = record().activeBranch;
    await userEvent.click(
      screen.getByRole('button', { name: /Week 1, Kunnen we op u rekenen\?: kies opnieuw/ }),
    );
    const after = record();
    expect(after.branches).toHaveLength(2);
    expect(after.activeBranch).not.toBe(first);
    const fresh = activeBranchOf(after);
    expect(fresh.forkedFrom).toEqual({ branch: first, choice: 1 });
    expect(fresh.save.events).toEqual(SASKIA_SOURCE.slice(0, 1));
    expect(after.branches.find((b) => b.id === first)?.save.events).toEqual(
      SASKIA_SOURCE.slice(0, 3),
    );
    expect(runStore.getState().runs[runId]).toBe(after);
  });
});

describe('scenario text', () => {
  it('is shown as plain text, never as HTML', () => {
    const markup = '<img src="x" onerror="alert(1)">Hallo <b>vet</b><script>alert(2)</script>';
    const scenario = structuredClone(saskia.scenario);
    const line = scenario.scenes['parents-meeting']!.lines![1]!;
    line.text = { nl: markup, en: markup };
    const hostile = { ...saskia, scenario };
    const prepared = prepareSession(hostile, branchState(hostile, []).save, () => {});
    if (!prepared.ok) throw new Error(prepared.reason);
    const actor = createActor(prepared.machine, { snapshot: prepared.snapshot }).start();
    const runId = runStore.getState().start('saskia', 'coach', branchState(hostile, []));
    const { container } = renderWithI18n(
      <Player actor={actor} built={hostile} record={runStore.getState().runs[runId]!} />,
    );
    expect(screen.getByText(markup, { exact: false })).toBeTruthy();
    expect(container.querySelector('img, b, script')).toBeNull();
  });
});
