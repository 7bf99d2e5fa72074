/** The sections of the Markdown report, one function each; report.ts puts them together. */
import { HIERARCHIES, localize, type Language, type Scenario } from '../../engine/index.ts';
import {
  capitalize,
  departureFrom,
  optionText,
  respectfulPathOf,
  stepTitle,
  type BranchDebrief,
} from './debrief-model.ts';
import { betterWay } from '../triangle/meter-change.ts';
import type { Translate } from './translate.ts';

/** Authored text on one line: Markdown must not break a list item or a quote in two. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function endingPart(
  result: BranchDebrief,
  scenario: Scenario,
  language: Language,
  t: Translate,
) {
  const out = [`## ${t('debrief.ending.heading')}`, ''];
  if (result.ending) {
    const { ending } = result.ending;
    out.push(
      `**${oneLine(localize(ending.title, language))}** — ${t(`debrief.ending.tone.${ending.tone}`)}`,
    );
    out.push('', oneLine(localize(ending.outcome, language)), '');
  } else {
    const week = result.context.week;
    out.push(t('debrief.ending.notFinished'), '');
    out.push(
      t('debrief.ending.standsAt', { title: stepTitle(scenario, result.step, language), week }),
      '',
    );
  }
  return out;
}

export function pathPart(
  result: BranchDebrief,
  scenario: Scenario,
  language: Language,
  t: Translate,
) {
  const out = [`## ${t('debrief.path.heading')}`, ''];
  if (result.analysis.choices.length === 0) out.push(t('debrief.path.empty'), '');
  for (const { choice, option, violated, strained, consequences } of result.analysis.choices) {
    const scene = stepTitle(scenario, choice.scene, language);
    out.push(
      `### ${t('debrief.path.choice', { number: choice.index + 1, week: choice.week, scene })}`,
      '',
    );
    out.push(
      `${t('debrief.path.chose')}:`,
      '',
      `> ${oneLine(localize(option.text, language))}`,
      '',
    );
    for (const h of HIERARCHIES) {
      const { verdict, why } = choice.verdicts[h];
      const name = capitalize(t(`debrief.hierarchy.${h}`));
      out.push(
        `- ${name}: **${t(`debrief.verdict.${verdict}`)}** — ${oneLine(localize(why, language))}`,
      );
    }
    const names = (list: string[]) => list.map((h) => t(`debrief.hierarchy.${h}`)).join(', ');
    out.push('');
    out.push(
      violated.length
        ? `**${t('debrief.path.violated', { list: names(violated) })}**`
        : t('debrief.path.noViolation'),
    );
    if (strained.length) out.push('', t('debrief.path.strained', { list: names(strained) }));
    if (consequences.length) {
      out.push('', `${t('debrief.path.consequences')}:`, '');
      for (const c of consequences) {
        const step = stepTitle(scenario, c.landedIn, language);
        out.push(
          `- ${oneLine(localize(c.note, language))} (${t('debrief.path.landed', { week: c.landedWeek, step })})`,
        );
      }
    }
    out.push('');
  }
  return out;
}

export function tallyPart(result: BranchDebrief, t: Translate) {
  const out = [`## ${t('debrief.tally.heading')}`, ''];
  for (const h of HIERARCHIES)
    out.push(
      `- ${capitalize(t(`debrief.hierarchy.${h}`))}: ${t('debrief.tally.line', result.analysis.tally[h])}`,
    );
  out.push('', t('debrief.tally.total', { count: result.analysis.violations.length }), '');
  return out;
}

export function metersPart(
  result: BranchDebrief,
  scenario: Scenario,
  language: Language,
  t: Translate,
) {
  const out = [`## ${t('debrief.report.endMeters')}`, ''];
  for (const [id, definition] of Object.entries(scenario.meters))
    out.push(
      `- ${oneLine(localize(definition.label, language))}: ${Math.round(result.context.meters[id] ?? 0)} (${betterWay(t, definition)})`,
    );
  out.push('');
  return out;
}

export function respectfulPart(
  result: BranchDebrief,
  scenario: Scenario,
  language: Language,
  t: Translate,
) {
  const out = [`## ${t('debrief.respectful.heading')}`, ''];
  const path = respectfulPathOf(scenario);
  if (!path) return [...out, t('debrief.respectful.none'), ''];
  const departure = departureFrom(result.analysis, path);
  path.steps.forEach((step, i) => {
    const line = `${i + 1}. ${stepTitle(scenario, step.scene, language)} — ${optionText(scenario, step.scene, step.option, language)}`;
    const mine = result.analysis.choices[i]?.choice;
    const departed =
      departure.kind === 'departed' && departure.index === i && mine
        ? ` — **${t('debrief.respectful.departed', { option: optionText(scenario, mine.scene, mine.option, language) })}**`
        : '';
    out.push(oneLine(line) + departed);
  });
  const ending = scenario.endings[path.ending];
  out.push('');
  if (ending) {
    const tone = t(`debrief.ending.tone.${ending.tone}`);
    out.push(
      t('debrief.respectful.ending', { title: oneLine(localize(ending.title, language)), tone }),
    );
    out.push('', oneLine(localize(ending.outcome, language)));
  }
  if (departure.kind === 'same')
    out.push(
      '',
      t(departure.complete ? 'debrief.respectful.same' : 'debrief.respectful.sameSoFar'),
    );
  out.push('');
  return out;
}
