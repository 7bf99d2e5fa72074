/** Pure geometry for the meter chart: scales, series styles and markers. */

export const PLOT = { left: 60, right: 590, top: 24, bottom: 360 } as const;

export type MarkerKind = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

/**
 * Each series differs in dash pattern and marker shape, not only in colour, so the lines stay
 * apart in greyscale, on paper and for colour-blind readers. Colour comes from `chart-series-N`.
 */
export const SERIES_STYLES: { dash?: string; marker: MarkerKind }[] = [
  { marker: 'circle' },
  { dash: '12 6', marker: 'square' },
  { dash: '3 5', marker: 'triangle' },
  { dash: '16 5 3 5', marker: 'diamond' },
  { dash: '2 3 2 10', marker: 'cross' },
];

export function seriesStyle(index: number) {
  return {
    ...SERIES_STYLES[index % SERIES_STYLES.length]!,
    className: `chart-series-${index % 5}`,
  };
}

/** The x of the i-th of n moments; a lone moment sits in the middle. */
export function xAt(i: number, n: number): number {
  if (n <= 1) return (PLOT.left + PLOT.right) / 2;
  return PLOT.left + (i * (PLOT.right - PLOT.left)) / (n - 1);
}

/** The y of a value on a [lo, hi] scale, higher values nearer the top. */
export function yAt(value: number, lo: number, hi: number): number {
  const share = hi > lo ? (value - lo) / (hi - lo) : 0.5;
  return PLOT.bottom - share * (PLOT.bottom - PLOT.top);
}

/** Five evenly spaced values from lo to hi, for gridlines. */
export function ticks(lo: number, hi: number): number[] {
  return [0, 1, 2, 3, 4].map((k) => Math.round(lo + (k * (hi - lo)) / 4));
}

/** The SVG path of a marker centred on (x, y). */
export function markerPath(kind: MarkerKind, x: number, y: number, r = 5.5): string {
  switch (kind) {
    case 'circle':
      return `M ${x - r} ${y} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case 'square':
      return `M ${x - r} ${y - r} h ${2 * r} v ${2 * r} h ${-2 * r} Z`;
    case 'triangle':
      return `M ${x} ${y - r * 1.2} L ${x + r * 1.2} ${y + r} L ${x - r * 1.2} ${y + r} Z`;
    case 'diamond':
      return `M ${x} ${y - r * 1.3} L ${x + r * 1.3} ${y} L ${x} ${y + r * 1.3} L ${x - r * 1.3} ${y} Z`;
    case 'cross':
      return `M ${x - r} ${y - r} L ${x + r} ${y + r} M ${x + r} ${y - r} L ${x - r} ${y + r}`;
  }
}
