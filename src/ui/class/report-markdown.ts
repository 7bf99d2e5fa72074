/** The class report as Markdown, for a course's learning environment or an e-mail. */
import type { TFunction } from 'i18next';
import type { ClassReport } from '../../class-report/class-report.ts';
import { HIERARCHIES, localize, type Language, type Scenario } from '../../engine/index.ts';
import { VERDICT_MARKS } from '../lens/verdicts.ts';

/** Names are left out: the report is shared, the answers are quoted as "student n". */
export function classMarkdown(
  scenario: Scenario,
  report: ClassReport,
  lang: Language,
  t: TFunction,
): string {
  const text = (value: Parameters<typeof localize>[0]) =>
    localize(value, lang).replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  const out = [
    `# ${t('classReport.heading')}: ${text(scenario.title)} (${scenario.version})`,
    '',
    t('classReport.summary', { runs: report.runs, ended: report.ended }),
    '',
    `## ${t('classReport.endings.heading')}`,
    '',
    `| ${t('classReport.endings.ending')} | ${t('classReport.endings.tone')} | ${t('classReport.endings.count')} |`,
    '| --- | --- | --: |',
    ...report.endings.map((e) => `| ${text(e.title)} | ${t(`map.tone.${e.tone}`)} | ${e.count} |`),
    '',
    `## ${t('classReport.items.heading')}`,
    '',
  ];
  for (const point of report.choicePoints.filter((p) => p.asked > 0)) {
    out.push(
      `### ${t('classReport.items.moment', { week: point.week ?? '–', title: text(point.title), asked: point.asked })}`,
      '',
      `| ${t('classReport.items.option')} | ${t('classReport.items.verdicts')} | ${t('classReport.items.share')} |`,
      '| --- | :-: | --: |',
      ...point.options.map(
        (o) =>
          `| ${o.number}. ${text(o.text)} | ${HIERARCHIES.map((h) => VERDICT_MARKS[o.verdicts[h]]).join(' ')} | ${t('classReport.items.shareValue', { count: o.count, percent: Math.round(o.share * 100) })} |`,
      ),
      '',
    );
  }
  out.push(
    `## ${t('classReport.hierarchies.heading')}`,
    '',
    `| ${t('classReport.hierarchies.hierarchy')} | ${t('classReport.hierarchies.violates')} | ${t('classReport.hierarchies.strains')} |`,
    '| --- | --: | --: |',
    ...HIERARCHIES.map(
      (h) =>
        `| ${t(`lens.hierarchy.${h}`)} | ${report.hierarchies[h].violates} | ${report.hierarchies[h].strains} |`,
    ),
    '',
    `## ${t('classReport.responses.heading')}`,
    '',
  );
  for (const question of report.responses.filter((q) => q.asked > 0)) {
    out.push(`### ${text(question.text)}`, '');
    if (!question.answers.length)
      out.push(t('classReport.responses.none', { count: question.asked }), '');
    question.answers.forEach((answer) => {
      out.push(`- **${t('classReport.responses.hidden', { number: answer.number })}**`);
      for (const line of answer.answer.split(/\r?\n/)) out.push(`  > ${line}`);
    });
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
