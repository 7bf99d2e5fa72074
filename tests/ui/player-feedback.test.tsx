// @vitest-environment jsdom
/** What the player says about a choice: coach mode teaches, reflect mode judges nothing. */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  HIERARCHIES,
  localize,
  respectfulAlternative,
  type BuiltScenario,
  type Option,
} from '../../src/engine/index.ts';
import { settingsStore } from '../../src/ui/stores.ts';
import { renderRun, saskia } from './player-render.tsx';

const FIRST = 'parents-meeting';

/** Choose the option by clicking its button, and wait for its answer. */
async function chooseOption(option: Option, language: 'nl' | 'en' = 'nl') {
  const group = screen.getByRole('group', { name: language === 'nl' ? 'Keuzes' : 'Choices' });
  const text = localize(option.text, language);
  await userEvent.click(within(group).getByRole('button', { name: new RegExp(escape(text)) }));
  return screen.getByRole('region', { name: language === 'nl' ? 'Jij' : 'You' });
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first choice's alternative as the engine derives it, and an option outside it. */
function firstChoice(built: BuiltScenario, context: Parameters<typeof respectfulAlternative>[1]) {
  const alternative = respectfulAlternative(built.scenario, context, FIRST)!;
  const options = built.scenario.scenes[FIRST]!.choice!.options;
  const other = options.find((o) => !alternative.options.includes(o))!;
  return { best: alternative.options, other };
}

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  settingsStore.getState().change({ pace: 'all' });
});

describe('coach feedback names the respectful alternative', () => {
  it('names what respected all three hierarchies when the trainee chose otherwise', async () => {
    const { actor } = renderRun();
    const { best, other } = firstChoice(saskia, actor.getSnapshot().context);
    const answer = await chooseOption(other);
    const said = within(answer).getByText(/Wat hier alle drie de hiërarchieën respecteerde: /);
    for (const option of best)
      expect(said.textContent).toContain(`“${localize(option.text, 'nl')}”`);
  });

  it('says so when the trainee chose it, in English too', async () => {
    const { actor } = renderRun([], 'coach', 'en');
    const { best } = firstChoice(saskia, actor.getSnapshot().context);
    const answer = await chooseOption(best[0]!, 'en');
    expect(within(answer).getByText('Your answer respected all three hierarchies.')).toBeTruthy();
  });

  it('where nothing respects all three, names the least harmful as such', async () => {
    // Saskia with every option at the first choice violating the emotional hierarchy.
    const scenario = structuredClone(saskia.scenario);
    for (const option of scenario.scenes[FIRST]!.choice!.options)
      option.verdicts.emotional.verdict = 'violates';
    const harsh = { ...saskia, scenario };
    const { actor } = renderRun([], 'coach', 'nl', harsh);
    const { best, other } = firstChoice(harsh, actor.getSnapshot().context);
    const answer = await chooseOption(other);
    const said = within(answer).getByText(/het minst schadelijke was: /);
    expect(said.textContent).toMatch(/^Hier respecteerde geen antwoord alle drie/);
    expect(said.textContent).toContain(`“${localize(best[0]!.text, 'nl')}”`);
  });
});

describe('reflect mode', () => {
  it('shows the hierarchies’ questions but not who leads them, as coach mode does', () => {
    renderRun([], 'reflect');
    const lens = screen.getByRole('region', { name: 'De drie hiërarchieën' });
    expect(within(lens).getByText('Wiens band gaat voor bij het kind?')).toBeTruthy();
    expect(within(lens).queryByText(/Bovenaan/)).toBeNull();
    cleanup();
    renderRun([], 'coach');
    const coachLens = screen.getByRole('region', { name: 'De drie hiërarchieën' });
    expect(within(coachLens).getAllByText(/Bovenaan/)).toHaveLength(HIERARCHIES.length);
  });

  it('passes no verdict on a choice: no feedback, no verdicts in the lens', async () => {
    const { actor } = renderRun([], 'reflect');
    const { other } = firstChoice(saskia, actor.getSnapshot().context);
    const answer = await chooseOption(other);
    await waitFor(() => expect(actor.getSnapshot().context.history).toHaveLength(1));
    // The side follows a frame later: give it time to show what it would.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(within(answer).queryByText('Uitleg bij je keuze')).toBeNull();
    expect(screen.queryByText(/respecteerde/)).toBeNull();
    expect(screen.queryByText(/Jouw keuze/)).toBeNull();
    expect(screen.queryByText(/Bovenaan/)).toBeNull();
  });

  it('in coach mode, the lens gives the verdicts on the answer while it stands', async () => {
    const { actor } = renderRun([], 'coach');
    const { other } = firstChoice(saskia, actor.getSnapshot().context);
    await chooseOption(other);
    const lens = () => screen.getByRole('region', { name: 'De drie hiërarchieën' });
    await waitFor(() => expect(within(lens()).getAllByText(/Jouw keuze/)).toHaveLength(3));
  });
});
