/** The room debrief as Markdown a facilitator can keep or share: built from the report's data only. */
import { HIERARCHIES } from '../engine/index.ts';
import type { RoomReport, RoomReportChoice } from './room-report.ts';
import { roomReportTranslator, type RoomReportTranslate } from './room-report-messages.ts';

/**
 * Authored text as literal Markdown on one line, inside a line: the characters that would start
 * emphasis, code, a link, HTML, an entity, a heading or a table cell are escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&');
}

/** Authored text as a paragraph of its own: also a start that would make it a list item. */
const escapeParagraph = (text: string) =>
  escapeMarkdown(text)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^[-+]/, '\\$&');

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A whole-number share of the votes; a dash when nobody voted. */
const share = (votes: number, cast: number) =>
  cast === 0 ? '—' : `${Math.round((votes / cast) * 100)}%`;

/** How the room came to its decision: the majority, or the facilitator on a tie, without votes, or over a majority. */
function howDecided(choice: RoomReportChoice, t: RoomReportTranslate): string {
  if (choice.decidedBy === 'majority') return t('decided.majority');
  if (choice.votesCast === 0) return t('decided.none');
  const top = Math.max(...choice.options.map((o) => o.votes));
  const tied = choice.options.filter((o) => o.votes === top).length > 1;
  return t(tied ? 'decided.tie' : 'decided.overruled');
}

function choicePart(
  choice: RoomReportChoice,
  number: number,
  level: string,
  t: RoomReportTranslate,
) {
  const out = [
    `${level} ${t('path.choice', { number, scene: escapeMarkdown(choice.sceneTitle) })}`,
  ];
  if (choice.question) out.push('', `_${escapeMarkdown(choice.question)}_`);
  out.push('', `| ${t('table.option')} | ${t('table.votes')} | ${t('table.share')} |`);
  out.push('| --- | ---: | ---: |');
  for (const option of choice.options) {
    const text = `${option.label}. ${escapeMarkdown(option.text)}`;
    const cell = option.id === choice.option ? `**${text}** (${t('table.decided')})` : text;
    out.push(`| ${cell} | ${option.votes} | ${share(option.votes, choice.votesCast)} |`);
  }
  const how = howDecided(choice, t);
  const source = t(`source.${choice.votesSource}`);
  out.push('', t('decided.line', { how, source, count: choice.votesCast }), '');
  const decided = choice.options.find((o) => o.id === choice.option);
  out.push(`${t('verdicts', { label: decided?.label ?? escapeMarkdown(choice.option) })}:`, '');
  for (const h of HIERARCHIES) {
    const { verdict, why } = choice.verdicts[h];
    const reason = why ? ` — ${escapeMarkdown(why)}` : '';
    out.push(`- ${capitalize(t(`hierarchy.${h}`))}: **${t(`verdict.${verdict}`)}**${reason}`);
  }
  out.push('');
  return out;
}

/** The room debrief in the report's language: case, ending, the path with votes and verdicts, "what if" paths. */
export function roomReportMarkdown(report: RoomReport): string {
  const t = roomReportTranslator(report.language);
  const title = escapeMarkdown(report.case.title);
  const out = [
    `# ${t('title', { title })}`,
    '',
    `- ${t('case')}: ${title} (${escapeMarkdown(report.case.id)}, ${t('caseVersion', { version: escapeMarkdown(report.case.version) })})`,
    `- ${t('choicePoints')}: ${report.totals.choicePoints}`,
    `- ${t('votesCast')}: ${report.totals.votesCast}`,
    '',
    `## ${t('ending.heading')}`,
    '',
  ];
  const { ending } = report;
  if (ending) {
    out.push(`**${escapeMarkdown(ending.title)}** — ${t(`ending.tone.${ending.tone}`)}`, '');
    if (ending.outcome) out.push(escapeParagraph(ending.outcome), '');
  } else out.push(t('ending.notReached'), '');

  out.push(`## ${t('path.heading')}`, '');
  if (report.path.length === 0) out.push(t('path.empty'), '');
  report.path.forEach((choice, i) => out.push(...choicePart(choice, i + 1, '###', t)));

  if (report.earlierPaths.length > 0) {
    out.push(`## ${t('earlier.heading')}`, '', t('earlier.intro'), '');
    report.earlierPaths.forEach((earlier, i) => {
      const step = escapeMarkdown(earlier.leftAtTitle);
      out.push(`### ${t('earlier.path', { number: i + 1, step })}`, '');
      earlier.path.forEach((choice, j) => out.push(...choicePart(choice, j + 1, '####', t)));
    });
  }
  return out.join('\n').trimEnd() + '\n';
}
