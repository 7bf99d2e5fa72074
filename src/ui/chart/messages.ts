/** The meter chart's strings; merged into the app's translation resources under `chart`. */
export const nl = {
  chart: {
    name: 'De meters in de loop van de casus',
    caption: 'De meterstanden per moment',
    moment: 'Moment',
    weekHeader: 'Week',
    week: 'wk {{week}}',
    lowerIsBetter: 'lager is beter',
    higherIsBetter: 'hoger is beter',
    noValue: 'geen waarde',
    empty: 'Er zijn nog geen meterstanden.',
  },
};

export const en: typeof nl = {
  chart: {
    name: 'The meters over the course of the case',
    caption: 'The meter values at each moment',
    moment: 'Moment',
    weekHeader: 'Week',
    week: 'week {{week}}',
    lowerIsBetter: 'lower is better',
    higherIsBetter: 'higher is better',
    noValue: 'no value',
    empty: 'There are no meter values yet.',
  },
};
