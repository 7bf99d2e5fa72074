/**
 * The debrief as files to hand in: a Markdown report a lecturer can read, and JSON a program can
 * read. Pure functions of the scenario and the run record.
 */
import {
  HIERARCHIES,
  localize,
  type BuiltScenario,
  type Language,
  type Scenario,
} from '../../engine/index.ts';
import type { RunRecord } from '../../state/index.ts';
import {
  activeDebrief,
  debriefBranches,
  departureFrom,
  formatDate,
  optionText,
  respectfulPathOf,
  stepTitle,
  type BranchDebrief,
  type BranchResult,
} from './debrief-model.ts';
import { translator, type Translate } from './translate.ts';

/** Authored text on one line: Markdown must not break a list item or a quote in two. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A readable report of the active branch: case, ending, path with verdicts, meters, reflections. */
export function debriefMarkdown(
  built: BuiltScenario,
  record: RunRecord,
  language: Language,
): string {
  const { scenario } = built;
  const t = translator(language);
  const text = (value: Parameters<typeof localize>[0]) => oneLine(localize(value, language));
  const title = text(scenario.title);
  const result = activeDebrief(built, record);
  const out: string[] = [
    `# ${t('debrief.report.title', { title })}`,
    '',
    `- ${t('debrief.report.scenario')}: ${title} (${scenario.id}, ${t('debrief.report.scenarioVersion', { version: scenario.version })})`,
    `- ${t('debrief.report.started')}: ${formatDate(record.startedAt, language)}`,
    `- ${t('debrief.report.updated')}: ${formatDate(record.updatedAt, language)}`,
    `- ${t('debrief.report.mode')}: ${t(`debrief.mode.${record.mode}`)}`,
  ];
  if (record.branches.length > 1)
    out.push(
      `- ${t('debrief.report.version')}: ${t('debrief.viewing', { label: t('debrief.branches.label', { number: result.number }), count: record.branches.length })}`,
    );
  out.push('');
  if (!result.ok) {
    out.push(
      `## ${t('debrief.refused.heading')}`,
      '',
      t(`debrief.refused.reason.${result.reason}`),
    );
    out.push('', t('debrief.refused.detail', { detail: result.detail }), '');
  } else {
    out.push(
      ...endingPart(result, scenario, language, t),
      ...pathPart(result, scenario, language, t),
    );
    out.push(...tallyPart(result, t), ...metersPart(result, scenario, language, t));
    out.push(...respectfulPart(result, scenario, language, t));
  }
  out.push(`## ${t('debrief.reflection.heading')}`, '');
  const questions = scenario.reflection ?? [];
  if (questions.length === 0) out.push(t('debrief.reflection.none'), '');
  questions.forEach((question, i) => {
    const answer = record.reflections[String(i)]?.trim();
    out.push(
      `### ${i + 1}. ${text(question)}`,
      '',
      answer || `_${t('debrief.reflection.unanswered')}_`,
      '',
    );
  });
  return out.join('\n').trimEnd() + '\n';
}

function endingPart(result: BranchDebrief, scenario: Scenario, language: Language, t: Translate) {
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

function pathPart(result: BranchDebrief, scenario: Scenario, language: Language, t: Translate) {
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
      const name = t(`debrief.hierarchy.${h}`);
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

function tallyPart(result: BranchDebrief, t: Translate) {
  const out = [`## ${t('debrief.tally.heading')}`, ''];
  for (const h of HIERARCHIES)
    out.push(
      `- ${t(`debrief.hierarchy.${h}`)}: ${t('debrief.tally.line', result.analysis.tally[h])}`,
    );
  out.push('', t('debrief.tally.total', { count: result.analysis.violations.length }), '');
  return out;
}

function metersPart(result: BranchDebrief, scenario: Scenario, language: Language, t: Translate) {
  const out = [`## ${t('debrief.report.endMeters')}`, ''];
  for (const [id, definition] of Object.entries(scenario.meters))
    out.push(
      `- ${oneLine(localize(definition.label, language))}: ${Math.round(result.context.meters[id] ?? 0)}`,
    );
  out.push('');
  return out;
}

function respectfulPart(
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
    const line = `${i + 1}. ${stepTitle(scenario, step.scene, language)}: ${optionText(scenario, step.scene, step.option, language)}`;
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

/** The run as data: scenario identity, every branch with its events and ending, the analysis. */
export function debriefJson(built: BuiltScenario, record: RunRecord): object {
  const { scenario } = built;
  const results = debriefBranches(built, record.branches);
  const active = results.find((r) => r.branch.id === record.activeBranch) ?? results[0];
  const path = respectfulPathOf(scenario);
  const data = {
    format: 'driehoek.debrief',
    formatVersion: 1,
    scenario: {
      id: scenario.id,
      version: scenario.version,
      hash: built.hash,
      title: scenario.title,
    },
    run: {
      id: record.id,
      mode: record.mode,
      startedAt: record.startedAt,
      updatedAt: record.updatedAt,
      activeBranch: record.activeBranch,
    },
    branches: results.map(branchJson),
    analysis: active?.ok
      ? {
          branch: active.branch.id,
          ...active.analysis,
          departure: path ? departureFrom(active.analysis, path) : null,
        }
      : null,
    respectfulPath: path ?? null,
    reflections: (scenario.reflection ?? []).map((question, index) => ({
      index,
      question,
      answer: record.reflections[String(index)] ?? '',
    })),
  };
  // A plain-data copy: no shared references into the record or the scenario.
  return JSON.parse(JSON.stringify(data)) as object;
}

function branchJson(result: BranchResult) {
  const { branch, number } = result;
  const base = {
    id: branch.id,
    number,
    forkedFrom: branch.forkedFrom ?? null,
    events: branch.save.events,
    at: branch.at,
  };
  if (!result.ok)
    return { ...base, readable: false, refusal: { reason: result.reason, detail: result.detail } };
  return {
    ...base,
    readable: true,
    ended: Boolean(result.ending),
    ending: result.ending ? { id: result.ending.id, tone: result.ending.ending.tone } : null,
    violations: result.analysis.violations.length,
    meters: result.context.meters,
  };
}
