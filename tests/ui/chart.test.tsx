// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveMeters } from '../../src/engine/index.ts';
import { MeterChart, type MeterPoint } from '../../src/ui/chart/MeterChart.tsx';
import { renderWithI18n } from './render.tsx';

afterEach(cleanup);

const definitions = resolveMeters(undefined);
const steps = [
  ['intro', 1],
  ['meeting', 1],
  ['talk-saskia', 2],
  ['next-session', 3],
] as const;
const line = (...values: number[]): MeterPoint[] =>
  values.map((value, i) => ({ step: steps[i]![0], week: steps[i]![1], value }));
const series = {
  loyaltyConflict: line(20, 20, 70, 85),
  parentTrust: line(60, 65, 40, 30),
  workingRelationship: line(50, 55, 60, 15),
};

describe('MeterChart', () => {
  it('lists every value in its table, one row per moment', () => {
    renderWithI18n(<MeterChart series={series} definitions={definitions} language="nl" />);
    expect(screen.getByRole('img', { name: 'De meters in de loop van de casus' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'De meterstanden per moment' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Moment',
      'Week',
      'Loyaliteitsconflict van de leerling (lager is beter)',
      'Vertrouwen van de ouders (hoger is beter)',
      'Werkrelatie leerling–begeleider (hoger is beter)',
    ]);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['1', '20', '60', '50'],
      ['1', '20', '65', '55'],
      ['2', '70', '40', '60'],
      ['3', '85', '30', '15'],
    ]);
  });

  it('names the moments with stepLabel, or by step id without it', () => {
    const { unmount } = renderWithI18n(
      <MeterChart series={series} definitions={definitions} language="en" />,
    );
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(
      steps.map(([step]) => step),
    );
    unmount();
    renderWithI18n(
      <MeterChart
        series={series}
        definitions={definitions}
        language="en"
        stepLabel={(step) => `Scene ${step.toUpperCase()}`}
      />,
    );
    expect(screen.getByRole('rowheader', { name: 'Scene TALK-SASKIA' })).toBeTruthy();
  });

  it('labels the x axis by week, once per week', () => {
    const { container } = renderWithI18n(
      <MeterChart series={series} definitions={definitions} language="en" />,
    );
    const labels = [...container.querySelectorAll('.chart-axis text')].map((t) => t.textContent);
    expect(labels).toEqual(['week 1', 'week 2', 'week 3']);
  });

  it('tells the lines apart without colour, and keys them in a legend', () => {
    const { container } = renderWithI18n(
      <MeterChart series={series} definitions={definitions} language="en" />,
    );
    const groups = [...container.querySelectorAll<SVGGElement>('.chart-series')];
    expect(groups).toHaveLength(3);
    const dashes = groups.map((g) => g.querySelector('polyline')?.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).toBe(3);
    expect(new Set(groups.map((g) => g.getAttribute('data-marker'))).size).toBe(3);
    // A marker on each of the four moments.
    expect(groups.map((g) => g.querySelectorAll('.chart-marker').length)).toEqual([4, 4, 4]);
    const legend = screen.getByRole('list', { name: 'Legend' });
    const keys = [...legend.querySelectorAll('svg')];
    expect(keys.map((key) => key.querySelector('line')?.getAttribute('stroke-dasharray'))).toEqual(
      dashes,
    );
  });

  it('says in the legend where each meter ended, which way is better, and whether that is better', () => {
    renderWithI18n(<MeterChart series={series} definitions={definitions} language="en" />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      "The pupil's loyalty conflict: 85 (lower is better) since the start ↑ +65, worse",
      "The parents' trust: 30 (higher is better) since the start ↓ −30, worse",
      'Pupil–counsellor working relationship: 15 (higher is better) since the start ↓ −35, worse',
    ]);
    renderWithI18n(
      <MeterChart
        series={{ loyaltyConflict: line(60, 40) }}
        definitions={definitions}
        language="nl"
      />,
    );
    const change = screen.getByText('sinds het begin ↓ −20, beter');
    expect(change.classList).toContain('meter-better');
  });

  it('says there is nothing to show when no moments were recorded', () => {
    renderWithI18n(
      <MeterChart series={{ parentTrust: [] }} definitions={definitions} language="nl" />,
    );
    expect(screen.getByText('Er zijn nog geen meterstanden.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
