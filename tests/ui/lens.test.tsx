// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hierarchy, Leader } from '../../src/engine/index.ts';
import { HierarchyLens, type LensVerdict } from '../../src/ui/lens/HierarchyLens.tsx';
import { renderWithI18n } from './render.tsx';

afterEach(cleanup);

const leads: Record<Hierarchy, Leader> = {
  emotional: 'parents',
  responsibility: 'protection',
  expertise: 'counsellor',
};
const verdicts: Record<Hierarchy, LensVerdict> = {
  emotional: { verdict: 'violates', why: 'Saskia hears that her parents are wrong.' },
  responsibility: { verdict: 'strains', why: 'You decide what the parents should decide.' },
  expertise: { verdict: 'respects', why: 'Guidance on bullying is your own domain.' },
};

/** The text of the group a hierarchy's term heads (its <dt> and <dd>s). */
function entry(name: string): HTMLElement {
  const term = screen.getAllByRole('term').find((dt) => dt.textContent === name);
  if (!term?.parentElement) throw new Error(`No hierarchy called ${name}`);
  return term.parentElement;
}

describe('HierarchyLens', () => {
  it('shows who is on top of each hierarchy, with its question, in Dutch', () => {
    renderWithI18n(<HierarchyLens leads={leads} matter="De scheiding van de ouders" />);
    const region = screen.getByRole('region', { name: 'De drie hiërarchieën' });
    expect(
      within(region)
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['Emotioneel', 'Verantwoordelijkheid', 'Deskundigheid']);
    expect(entry('Emotioneel').textContent).toContain('Wiens band gaat voor bij het kind?');
    expect(entry('Emotioneel').textContent).toContain('Bovenaan: ouders');
    expect(entry('Verantwoordelijkheid').textContent).toContain('Bovenaan: bescherming (derden)');
    expect(entry('Deskundigheid').textContent).toContain('Bovenaan: begeleider');
    expect(screen.getByText('Waar het nu om gaat: De scheiding van de ouders')).toBeTruthy();
  });

  it('follows the leads it is given, in English', () => {
    renderWithI18n(
      <HierarchyLens
        leads={{ emotional: 'parents', responsibility: 'parents', expertise: 'teacher' }}
        language="en"
      />,
      { language: 'nl' },
    );
    expect(screen.getByRole('region', { name: 'The three hierarchies' })).toBeTruthy();
    expect(entry('Responsibility').textContent).toContain('On top: parents');
    expect(entry('Expertise').textContent).toContain('Whose knowledge leads for this matter?');
    expect(entry('Expertise').textContent).toContain('On top: teacher');
  });

  it('shows no verdicts before a choice', () => {
    renderWithI18n(<HierarchyLens leads={leads} />, { language: 'en' });
    expect(screen.queryByText(/respects|strains|violates/)).toBeNull();
    expect(screen.queryByText(/Your choice/)).toBeNull();
    expect(screen.queryByText('What is at stake now', { exact: false })).toBeNull();
  });

  it('shows a badge with word, icon and rationale per hierarchy after a choice', () => {
    renderWithI18n(<HierarchyLens leads={leads} verdicts={verdicts} />, { language: 'en' });
    const emotional = within(entry('Emotional'));
    expect(emotional.getByText('violates').textContent).toBe('✕ violates');
    expect(emotional.getByText('Saskia hears that her parents are wrong.')).toBeTruthy();
    expect(within(entry('Responsibility')).getByText('strains').textContent).toBe('! strains');
    expect(within(entry('Expertise')).getByText('respects').textContent).toBe('✓ respects');
    expect(
      within(entry('Expertise')).getByText('Guidance on bullying is your own domain.'),
    ).toBeTruthy();
    // The icon repeats the word for the eye; screen readers get the word alone.
    const icon = emotional.getByText('✕');
    expect(icon.getAttribute('aria-hidden')).toBe('true');
  });

  it('translates the verdict words into Dutch', () => {
    renderWithI18n(<HierarchyLens leads={leads} verdicts={verdicts} />);
    expect(within(entry('Emotioneel')).getByText('schendt')).toBeTruthy();
    expect(within(entry('Verantwoordelijkheid')).getByText('belast')).toBeTruthy();
    expect(within(entry('Deskundigheid')).getByText('respecteert')).toBeTruthy();
  });

  it('puts its heading at the level it is given', () => {
    renderWithI18n(<HierarchyLens leads={leads} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'De drie hiërarchieën' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });
});
