/**
 * The debrief as files to hand in: a Markdown report a lecturer can read, and JSON a program can
 * read. Pure functions of the scenario and the run record.
 */
import { localize, type BuiltScenario, type Language } from '../../engine/index.ts';
import type { RunRecord } from '../../state/index.ts';
import {
  activeDebrief,
  debriefBranches,
  departureFrom,
  formatDate,
  respectfulPathOf,
  type BranchResult,
} from './debrief-model.ts';
import {
  endingPart,
  metersPart,
  oneLine,
  pathPart,
  respectfulPart,
  tallyPart,
} from './report-parts.ts';
import { questionsFor } from './reflection-model.ts';
import { translator } from './translate.ts';

/** A readable report of the active branch: case, ending, path with verdicts, meters, reflections. */
export function debriefMarkdown(
  built: BuiltScenario,
  record: RunRecord,
  language: Language,
  participant = record.participant ?? '',
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
    `- ${t('debrief.participant.report')}: ${oneLine(participant) || t('debrief.participant.none')}`,
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
  const questions = questionsFor(scenario, result, record.reflections);
  if (questions.length === 0) out.push(t('debrief.reflection.none'), '');
  questions.forEach((question, i) => {
    // The answer as a quote: the trainee's own words, kept apart from the report's structure.
    const answer = record.reflections[question.id]?.trim();
    const quoted = answer ? answer.split(/\r?\n/).map((line) => `> ${line}`.trimEnd()) : [];
    out.push(`### ${i + 1}. ${text(question.text)}`, '');
    out.push(t('debrief.reflection.questionId', { id: question.id }), '');
    out.push(...(quoted.length ? quoted : [`_${t('debrief.reflection.unanswered')}_`]), '');
  });
  return out.join('\n').trimEnd() + '\n';
}

/** The run as data: scenario identity, every branch with its events and ending, the analysis. */
export function debriefJson(
  built: BuiltScenario,
  record: RunRecord,
  participant = record.participant ?? '',
): object {
  const { scenario } = built;
  const results = debriefBranches(built, record.branches);
  const active = results.find((r) => r.branch.id === record.activeBranch) ?? results[0];
  const path = respectfulPathOf(scenario);
  const data = {
    format: 'driehoek.debrief',
    // 2: reflections are the questions that fit the active branch, with their id and answers by id.
    formatVersion: 2,
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
      /** The name or group the run is handed in under; null when none was given. */
      participant: participant.trim() || null,
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
    reflections: active
      ? questionsFor(scenario, active, record.reflections).map((question) => ({
          id: question.id,
          question: question.text,
          about: question.about ?? null,
          answer: record.reflections[question.id] ?? '',
        }))
      : [],
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

/**
 * A file name such as driehoek-saskia-ayla-2026-11-22.md: the case, the name typed in (so a class's
 * files differ when a lecturer collects them) and the day of the run's last change.
 */
export function reportFileName(
  record: RunRecord,
  extension: 'md' | 'json',
  participant = record.participant ?? '',
): string {
  const date = new Date(record.updatedAt);
  const day = Number.isNaN(date.getTime())
    ? 'run'
    : [date.getFullYear(), date.getMonth() + 1, date.getDate()]
        .map((n) => String(n).padStart(2, '0'))
        .join('-');
  const parts = [record.scenarioId.replace(/[^A-Za-z0-9_-]/g, '') || 'run', slug(participant), day];
  return `driehoek-${parts.filter(Boolean).join('-')}.${extension}`;
}

/** "Groep 3B — Ayla" → "groep-3b-ayla": letters without accents, digits and single dashes. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
