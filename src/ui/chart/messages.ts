/** The meter chart's strings, under `chart`, and the meters' shared words, under `meter`. */
import { meterMessages } from '../triangle/meter-change.ts';

export const nl = {
  chart: {
    name: 'De meters in de loop van de casus',
    caption: 'De meterstanden per moment',
    moment: 'Moment',
    weekHeader: 'Week',
    week: 'wk {{week}}',
    legend: 'Legenda',
    sinceStart: 'sinds het begin {{change}}',
    noValue: 'geen waarde',
    empty: 'Er zijn nog geen meterstanden.',
  },
  meter: meterMessages.nl,
};

export const en: typeof nl = {
  chart: {
    name: 'The meters over the course of the case',
    caption: 'The meter values at each moment',
    moment: 'Moment',
    weekHeader: 'Week',
    week: 'week {{week}}',
    legend: 'Legend',
    sinceStart: 'since the start {{change}}',
    noValue: 'no value',
    empty: 'There are no meter values yet.',
  },
  meter: meterMessages.en,
};
