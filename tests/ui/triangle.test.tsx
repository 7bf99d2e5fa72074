// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveMeters } from '../../src/engine/index.ts';
import { Triangle } from '../../src/ui/triangle/Triangle.tsx';
import { meterChange } from '../../src/ui/triangle/meter-change.ts';
import { formatDelta, rating } from '../../src/ui/triangle/relationship.ts';
import { renderWithI18n } from './render.tsx';

afterEach(cleanup);

const definitions = resolveMeters(undefined);
const start = { loyaltyConflict: 20, parentTrust: 60, workingRelationship: 50, parentAgency: 50 };

const items = () =>
  within(screen.getByRole('list', { name: /relaties|relationships/i }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
const side = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`[data-side="${id}"]`)!;
const line = (container: HTMLElement, id: string) =>
  container.querySelector<SVGGElement>(`[data-side-line="${id}"]`)!;
const lines = (label: HTMLElement) => [...label.children].map((span) => span.textContent);
const liveRegion = (container: HTMLElement) =>
  container.querySelector('[aria-live="polite"]') as HTMLElement;

describe('Triangle', () => {
  it('shows the three relationships with values and words, in Dutch', () => {
    const { container } = renderWithI18n(
      <Triangle meters={start} definitions={definitions} pupilName="Saskia" language="nl" />,
    );
    expect(
      screen.getByRole('img', { name: 'De driehoek tussen de ouders, Saskia en jou' }),
    ).toBeTruthy();
    expect(items()).toEqual([
      'Ouders–Saskia: sterk (Loyaliteitsconflict van de leerling: 20, lager is beter)',
      'Ouders–jij: sterk (Vertrouwen van de ouders: 60, hoger is beter)',
      'Saskia–jij: onder druk (Werkrelatie leerling–begeleider: 50, hoger is beter)',
    ]);
    // The state and the meter's number are separate lines, and the meter says which way is better.
    expect(lines(side(container, 'workingRelationship'))).toEqual([
      'Saskia–jij',
      'onder druk',
      'Werkrelatie: 50',
      'hoger is beter',
    ]);
    expect(lines(side(container, 'loyaltyConflict'))).toContain('lager is beter');
    expect(line(container, 'workingRelationship').getAttribute('class')).toContain(
      'triangle-side--strained',
    );
    expect(screen.getByText('Saskia')).toBeTruthy();
    expect(screen.getByText('begeleider')).toBeTruthy();
  });

  it('shows the same in English', () => {
    renderWithI18n(
      <Triangle meters={start} definitions={definitions} pupilName="Timo" language="en" />,
    );
    expect(
      screen.getByRole('img', { name: 'The triangle between the parents, Timo and you' }),
    ).toBeTruthy();
    expect(items()).toEqual([
      "Parents–Timo: strong (The pupil's loyalty conflict: 20, lower is better)",
      "Parents–you: strong (The parents' trust: 60, higher is better)",
      'Timo–you: under strain (Pupil–counsellor working relationship: 50, higher is better)',
    ]);
    expect(screen.getByText('Working relationship: 50')).toBeTruthy();
  });

  it('calls a high loyalty conflict damaged while the same number of trust is strong', () => {
    const { container } = renderWithI18n(
      <Triangle
        meters={{ ...start, loyaltyConflict: 85, parentTrust: 85 }}
        definitions={definitions}
        pupilName="Saskia"
        language="en"
      />,
    );
    expect(lines(side(container, 'loyaltyConflict'))).toEqual([
      'Parents–Saskia',
      'damaged',
      'Loyalty conflict: 85',
      'lower is better',
    ]);
    expect(line(container, 'loyaltyConflict').getAttribute('class')).toContain(
      'triangle-side--damaged',
    );
    expect(lines(side(container, 'parentTrust')).slice(0, 3)).toEqual([
      'Parents–you',
      'strong',
      "Parents' trust: 85",
    ]);
    expect(items()[0]).toBe(
      "Parents–Saskia: damaged (The pupil's loyalty conflict: 85, lower is better)",
    );
  });

  it('shows and announces the change a choice made as better or worse', () => {
    const { container } = renderWithI18n(
      <Triangle
        meters={{ ...start, workingRelationship: 15, parentTrust: 70, loyaltyConflict: 35 }}
        previous={{ ...start, workingRelationship: 55 }}
        definitions={definitions}
        pupilName="Saskia"
        language="nl"
      />,
    );
    const change = (id: string) => side(container, id).querySelector('.triangle-delta');
    expect(change('workingRelationship')?.textContent).toBe('↓ −40, slechter');
    expect(change('workingRelationship')?.classList).toContain('meter-worse');
    expect(change('parentTrust')?.textContent).toBe('↑ +10, beter');
    expect(change('parentTrust')?.classList).toContain('meter-better');
    // A conflict that grows is worse, though its number went up: never a bare "+15".
    expect(change('loyaltyConflict')?.textContent).toBe('↑ +15, slechter');
    expect(change('loyaltyConflict')?.classList).toContain('meter-worse');
    expect(liveRegion(container).textContent).toBe(
      'Loyaliteitsconflict: 20 → 35 (↑ +15, slechter); Vertrouwen ouders: 60 → 70 (↑ +10, beter); ' +
        'Werkrelatie: 55 → 15 (↓ −40, slechter)',
    );
  });

  it('in reflect mode names only the relationships: no numbers, changes, ratings or judging lines', () => {
    const { container } = renderWithI18n(
      <Triangle
        meters={{ ...start, workingRelationship: 15, loyaltyConflict: 85 }}
        previous={start}
        definitions={definitions}
        pupilName="Saskia"
        language="nl"
        judging={false}
      />,
    );
    expect(items()).toEqual(['Ouders–Saskia', 'Ouders–jij', 'Saskia–jij']);
    for (const id of ['loyaltyConflict', 'parentTrust', 'workingRelationship']) {
      expect(lines(side(container, id))).toHaveLength(1);
      expect(line(container, id).getAttribute('class')).toContain('triangle-side--neutral');
    }
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/\d/);
    expect(text).not.toMatch(/sterk|onder druk|beschadigd|beter|slechter/);
    expect(container.querySelector('.triangle-halo')).toBeNull();
    expect(liveRegion(container).textContent).toBe('');
  });

  it('shows no change when the previous values are the same', () => {
    const { container } = renderWithI18n(
      <Triangle
        meters={start}
        previous={{ ...start }}
        definitions={definitions}
        pupilName="Saskia"
        language="nl"
      />,
    );
    expect(container.querySelector('.triangle-delta')).toBeNull();
    expect(container.querySelector('.triangle-halo')).toBeNull();
    expect(screen.queryByText(/^[+−]\d+$/)).toBeNull();
    expect(liveRegion(container).textContent).toBe('');
  });

  it('fills the live region when new values arrive', () => {
    const props = { definitions, pupilName: 'Saskia', language: 'en' as const };
    const { container, rerender } = renderWithI18n(<Triangle {...props} meters={start} />);
    expect(liveRegion(container).textContent).toBe('');
    rerender(<Triangle {...props} meters={{ ...start, loyaltyConflict: 45 }} previous={start} />);
    expect(liveRegion(container).textContent).toBe('Loyalty conflict: 20 → 45 (↑ +25, worse)');
  });

  it('says so for a relationship the scenario does not track', () => {
    const tracked = { ...definitions };
    delete tracked.parentTrust;
    const { container } = renderWithI18n(
      <Triangle
        meters={{ loyaltyConflict: 20, workingRelationship: 50 }}
        previous={{ loyaltyConflict: 20, workingRelationship: 50, parentTrust: 40 }}
        definitions={tracked}
        pupilName="Timo"
        language="nl"
      />,
    );
    expect(lines(side(container, 'parentTrust'))).toEqual(['Ouders–jij', 'niet gevolgd']);
    expect(line(container, 'parentTrust').getAttribute('class')).toContain(
      'triangle-side--untracked',
    );
    expect(items()[1]).toBe('Ouders–jij: niet gevolgd in deze casus');
    expect(liveRegion(container).textContent).toBe('');
  });
});

describe('rating', () => {
  it.each([
    ['parentTrust', 100, 'strong'],
    ['parentTrust', 60, 'strong'],
    ['parentTrust', 59, 'strained'],
    ['parentTrust', 30, 'strained'],
    ['parentTrust', 29, 'damaged'],
    ['parentTrust', 0, 'damaged'],
    ['loyaltyConflict', 0, 'strong'],
    ['loyaltyConflict', 40, 'strong'],
    ['loyaltyConflict', 41, 'strained'],
    ['loyaltyConflict', 71, 'damaged'],
    ['loyaltyConflict', 150, 'damaged'],
  ])('%s at %i is %s', (meter, value, expected) => {
    expect(rating(value, definitions[meter]!)).toBe(expected);
  });

  it('does not divide by zero on a meter without range', () => {
    expect(rating(5, { ...definitions.parentTrust!, min: 5, max: 5 })).toBe('strained');
  });

  it('formats changes with a sign', () => {
    expect([formatDelta(10), formatDelta(-15), formatDelta(0)]).toEqual(['+10', '−15', '0']);
  });
});

describe('meterChange', () => {
  it.each([
    ['parentTrust', 10, '↑', 'better'],
    ['parentTrust', -10, '↓', 'worse'],
    ['loyaltyConflict', 10, '↑', 'worse'],
    ['loyaltyConflict', -10, '↓', 'better'],
  ])('%s changed by %i reads %s %s', (meter, delta, arrow, verdict) => {
    expect(meterChange(delta, definitions[meter]!)).toMatchObject({ arrow, verdict });
  });

  it('reads no change as nothing', () => {
    expect(meterChange(0, definitions.parentTrust!)).toBeUndefined();
  });
});
