/**
 * How a meter's value and its changes read at a glance, wherever meters are shown (the triangle,
 * the debrief's chart and tables, reports). A change says whether it is better or worse, by arrow,
 * colour and word together: "+15" alone looks like a reward even when a conflict grew. The words
 * live under `meter` in both the triangle's and the chart's messages, so every screen has them.
 */
import type { TFunction } from 'i18next';
import type { MeterDefinition } from '../../engine/index.ts';
import { formatDelta } from './relationship.ts';

/** Whether a change moved the meter the good way for this meter. */
export type ChangeVerdict = 'better' | 'worse';

export interface MeterChange {
  /** The signed change, as "+15" or "−15" with a real minus sign. */
  delta: string;
  /** Which way the number went: ↑ or ↓. */
  arrow: '↑' | '↓';
  verdict: ChangeVerdict;
  /** The CSS class that colours a change: `meter-better` or `meter-worse` (styles.css). */
  className: string;
}

/** The reading of a change by `delta` of this meter; undefined when nothing changed. */
export function meterChange(delta: number, definition: MeterDefinition): MeterChange | undefined {
  if (delta === 0) return undefined;
  const up = delta > 0;
  const verdict: ChangeVerdict = up === (definition.better === 'higher') ? 'better' : 'worse';
  return {
    delta: formatDelta(delta),
    arrow: up ? '↑' : '↓',
    verdict,
    className: `meter-${verdict}`,
  };
}

/** "lager is beter" / "higher is better": which way is good for this meter. */
export function betterWay(t: (key: string) => string, definition: MeterDefinition): string {
  return t(definition.better === 'lower' ? 'meter.lowerIsBetter' : 'meter.higherIsBetter');
}

/** A change in words: "↑ +15, slechter" / "↓ −10, better"; empty when nothing changed. */
export function describeChange(t: TFunction, delta: number, definition: MeterDefinition): string {
  const change = meterChange(delta, definition);
  if (!change) return '';
  return t('meter.change', {
    arrow: change.arrow,
    delta: change.delta,
    verdict: t(`meter.${change.verdict}`),
  });
}

/** The shared strings, merged under `meter` by the triangle's and the chart's message modules. */
export const meterMessages = {
  nl: {
    higherIsBetter: 'hoger is beter',
    lowerIsBetter: 'lager is beter',
    better: 'beter',
    worse: 'slechter',
    change: '{{arrow}} {{delta}}, {{verdict}}',
  },
  en: {
    higherIsBetter: 'higher is better',
    lowerIsBetter: 'lower is better',
    better: 'better',
    worse: 'worse',
    change: '{{arrow}} {{delta}}, {{verdict}}',
  },
};
