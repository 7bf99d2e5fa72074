// @vitest-environment jsdom
/** The debrief to hand in: compact path, two versions side by side, the name, the print rules. */
import { readFileSync } from 'node:fs';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Debrief, type DebriefProps } from '../../src/ui/debrief/Debrief.tsx';
import { activeDebrief } from '../../src/ui/debrief/debrief-model.ts';
import { questionsFor } from '../../src/ui/debrief/reflection-model.ts';
import {
  built,
  record,
  renderDebrief,
  SASKIA_RESPECTFUL,
  SASKIA_SOURCE,
} from './debrief-render.tsx';

afterEach(cleanup);

const saskia = built('saskia');

function show(props: Partial<DebriefProps> & Pick<DebriefProps, 'record'>) {
  const onParticipant = vi.fn();
  renderDebrief(
    <Debrief
      built={saskia}
      language="nl"
      onReflection={vi.fn()}
      onSwitchBranch={vi.fn()}
      onParticipant={onParticipant}
      {...props}
    />,
    { language: 'nl' },
  );
  return { onParticipant };
}

const pathRegion = () => screen.getByRole('region', { name: 'Jouw pad, keuze voor keuze' });
const choiceItems = () =>
  within(pathRegion())
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('debrief-choice'));
/** The three hierarchies' review of a choice, when it is open (hidden ones are not found). */
const lensOf = (item: HTMLElement) =>
  within(item).queryByRole('region', { name: 'De drie hiërarchieën' });

describe('The compact path', () => {
  it('shows a choice that respected all three hierarchies as one line, its review closed', () => {
    show({ record: record(saskia, [{ events: SASKIA_RESPECTFUL }]) });
    const items = choiceItems();
    expect(items).toHaveLength(6);
    for (const item of items) {
      const line = item.querySelector('.debrief-choice-line')!;
      expect(line.textContent).toMatch(/— alle drie gerespecteerd$/);
      expect(within(item).queryByText(/^(Geschonden|Belast):/)).toBeNull();
      expect(lensOf(item)).toBeNull();
      expect(within(item).getByRole('button', { name: /^Uitleg bij keuze/ })).toHaveProperty(
        'ariaExpanded',
        'false',
      );
    }
  });

  it('opens a choice by keyboard to show the three hierarchies, and closes it again', async () => {
    show({ record: record(saskia, [{ events: SASKIA_RESPECTFUL }]) });
    const second = choiceItems()[1]!;
    const button = within(second).getByRole('button', { name: 'Uitleg bij keuze 2' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const lens = lensOf(second)!;
    const names = within(lens)
      .getAllByRole('term')
      .map((dt) => dt.textContent);
    expect(names).toEqual(['Emotioneel', 'Verantwoordelijkheid', 'Deskundigheid']);
    expect(within(lens).getAllByText('respecteert')).toHaveLength(3);
    // Only the choice opened shows its review.
    expect(lensOf(choiceItems()[0]!)).toBeNull();
    await userEvent.keyboard('{Enter}');
    expect(lensOf(second)).toBeNull();
  });

  it('sums up a choice that strained or violated in one line, and opens all or none', async () => {
    show({ record: record(saskia, [{ events: SASKIA_SOURCE }]) });
    const third = choiceItems()[2]!;
    expect(third.querySelector('.debrief-choice-line')!.textContent).not.toMatch(/gerespecteerd/);
    expect(within(third).getByText(/^Geschonden: emotionele hiërarchie/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Alle keuzes openklappen' }));
    expect(choiceItems().map((item) => lensOf(item) !== null)).toEqual(Array(6).fill(true));
    await userEvent.click(screen.getByRole('button', { name: 'Alle keuzes dichtklappen' }));
    expect(choiceItems().map((item) => lensOf(item) !== null)).toEqual(Array(6).fill(false));
  });
});

describe('Two versions side by side', () => {
  // Version 2 rewound Saskia's source run to its third choice and took the respectful way on.
  const rewound = [...SASKIA_SOURCE.slice(0, 2), ...SASKIA_RESPECTFUL.slice(2)];
  const two = record(saskia, [
    { events: SASKIA_SOURCE },
    { events: rewound, forkedFrom: { branch: 'b1', choice: 2 } },
  ]);
  const aligned = () =>
    screen.getByRole('list', { name: 'Versie 1 en Versie 2, keuze voor keuze' });

  it('gives a choice both versions made one row, and marks each choice that differs', () => {
    show({ record: two });
    const points = within(aligned()).getAllByRole('listitem');
    expect(points).toHaveLength(7); // six choice points and the endings
    const same = points.slice(0, 2);
    for (const point of same) {
      expect(within(point).getByText('Beide versies')).toBeTruthy();
      expect(within(point).queryByText(/Andere keuze/)).toBeNull();
    }
    for (const point of points.slice(2, 6)) {
      expect(within(point).getByRole('heading', { name: /— Andere keuze$/ })).toBeTruthy();
      expect(within(point).getByText('Versie 1')).toBeTruthy();
      expect(within(point).getByText('Versie 2')).toBeTruthy();
      // Version 2 went the respectful way here: its side says so; version 1's names a violation.
      expect(within(point).getByText('alle drie gerespecteerd')).toBeTruthy();
      expect(within(point).getAllByText(/^(Geschonden|Belast):/).length).toBeGreaterThan(0);
    }
  });

  it('ends with both endings, their titles and tones', () => {
    show({ record: two });
    const endings = within(aligned()).getAllByRole('listitem').at(-1)!;
    expect(within(endings).getByRole('heading', { name: 'Afloop' })).toBeTruthy();
    expect(within(endings).getByText('Iedereen verliest')).toBeTruthy();
    expect(within(endings).getByText('Slechte afloop')).toBeTruthy();
    expect(within(endings).getByText('Toestemming van thuis')).toBeTruthy();
    expect(within(endings).getByText('Goede afloop')).toBeTruthy();
  });

  it('compares another pair when the trainee picks it', async () => {
    const three = record(saskia, [
      ...two.branches.map((b, i) => ({
        events: [SASKIA_SOURCE, rewound][i]!,
        ...(b.forkedFrom ? { forkedFrom: b.forkedFrom } : {}),
      })),
      { events: SASKIA_RESPECTFUL, forkedFrom: { branch: 'b1', choice: 0 } },
    ]);
    show({ record: three });
    // The version shown (3) beside the one it was rewound from (1).
    expect(screen.getByRole('list', { name: 'Versie 1 en Versie 3, keuze voor keuze' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Vergelijk' }), 'Versie 2');
    const points = within(
      screen.getByRole('list', { name: 'Versie 2 en Versie 3, keuze voor keuze' }),
    ).getAllByRole('listitem');
    expect(points.slice(0, 2).map((p) => p.className)).toEqual([
      'debrief-point debrief-point--differs',
      'debrief-point debrief-point--differs',
    ]);
    expect(points.slice(2, 6).every((p) => p.className.endsWith('--same'))).toBe(true);
  });
});

describe('The name or group', () => {
  it('is an optional labelled field, prefilled, reporting each change and printed', async () => {
    const { onParticipant } = show({
      record: record(saskia, [{ events: SASKIA_SOURCE }]),
      participant: 'Groep 3B',
    });
    const field = screen.getByRole('textbox', { name: 'Naam of groep (niet verplicht)' });
    expect((field as HTMLInputElement).value).toBe('Groep 3B');
    expect(field.getAttribute('aria-describedby')).toBeTruthy();
    await userEvent.clear(field);
    await userEvent.type(field, 'Ayla');
    expect(onParticipant).toHaveBeenLastCalledWith('Ayla');
    const printed = document.querySelector('.debrief-participant-printed')!;
    expect(printed.textContent).toBe('Naam of groep: Ayla');
    expect(printed.classList.contains('print-only')).toBe(true);
  });

  it('prints as a line to write on when empty', () => {
    show({ record: record(saskia, [{ events: SASKIA_SOURCE }]) });
    const printed = document.querySelector('.debrief-participant-printed')!;
    expect(printed.querySelectorAll('.debrief-write-line')).toHaveLength(1);
  });
});

describe('Print', () => {
  // Without comments, so that a selector list is only selectors.
  const css = readFileSync('src/ui/debrief/debrief.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const print = css.slice(css.indexOf('@media print'));
  /** The declarations of the print rule whose selector list names `selector`. */
  const printRule = (selector: string) => {
    const rule = [...print.matchAll(/([^{}]+)\{([^{}]*)\}/g)].find(([, selectors]) =>
      selectors!.split(',').some((s) => s.trim() === selector),
    );
    return rule?.[2] ?? '';
  };

  it('hides screen-only hints and controls, and shows the print-only parts and every review', () => {
    expect(printRule('.no-print')).toMatch(/display:\s*none/);
    expect(printRule('.print-only')).toMatch(/display:\s*block/);
    expect(printRule('.debrief-choice-full[hidden]')).toMatch(/display:\s*block/);
    expect(css.slice(0, css.indexOf('@media print'))).toMatch(
      /\.print-only\s*\{\s*display:\s*none/,
    );
  });

  it('marks the hints as screen-only and gives each empty answer a lined box', () => {
    const played = record(saskia, [{ events: SASKIA_SOURCE }]);
    const [first] = questionsFor(saskia.scenario, activeDebrief(saskia, played), {});
    show({ record: { ...played, reflections: { [first!.id]: 'Schuld.' } } });
    const hint = screen.getByText('Je antwoorden worden op dit apparaat bewaard terwijl je typt.');
    expect(hint.classList.contains('no-print')).toBe(true);
    expect(screen.getByText(/^Blijft op dit apparaat/).closest('.no-print')).not.toBeNull();
    const questions = document.querySelectorAll('.debrief-question');
    expect(questions[0]!.querySelector('.debrief-print-answer')!.textContent).toBe('Schuld.');
    const blank = questions[1]!.querySelector('.debrief-print-answer--blank')!;
    expect(blank.classList.contains('print-only')).toBe(true);
    expect(blank.querySelectorAll('.debrief-write-line').length).toBeGreaterThanOrEqual(3);
  });
});
