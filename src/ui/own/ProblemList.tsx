/**
 * A checked file's problems as a good compiler shows them: where (line, column), what is wrong and
 * how to fix it, and the lines of the file around the spot with the spot marked.
 */
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../authoring/index.ts';

/** Lines shown before and after the problem's line. */
const AROUND = 2;
/** Problems shown with an excerpt; the rest as text only, so a broken file of 2 MB stays readable. */
const WITH_EXCERPT = 30;

export function ProblemList({ problems, text }: { problems: Problem[]; text: string }) {
  const { t } = useTranslation();
  const lines = text.split(/\r?\n/);
  const shown = problems.slice(0, WITH_EXCERPT);
  return (
    <>
      <ol className="problem-list">
        {shown.map((problem, i) => (
          <li key={i} className={`problem problem-${problem.severity}`}>
            <p>
              <strong>{t(`ownFile.problem.${problem.severity}`)}</strong>,{' '}
              {t('ownFile.problem.at', { line: problem.line, column: problem.column })}:{' '}
              {problem.message}
            </p>
            <p className="problem-hint">↳ {problem.hint}</p>
            {lines.length > 1 && <Excerpt lines={lines} problem={problem} />}
          </li>
        ))}
      </ol>
      {problems.length > WITH_EXCERPT && (
        <ul className="problem-list-rest">
          {problems.slice(WITH_EXCERPT).map((problem, i) => (
            <li key={i}>
              {t('ownFile.problem.at', { line: problem.line, column: problem.column })}:{' '}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Excerpt({ lines, problem }: { lines: string[]; problem: Problem }) {
  const { t } = useTranslation();
  const from = Math.max(1, problem.line - AROUND);
  const to = Math.min(lines.length, problem.line + AROUND);
  const width = String(to).length;
  const rows: string[] = [];
  for (let n = from; n <= to; n++) {
    const marker = n === problem.line ? '>' : ' ';
    // Very long lines (minified or hostile files) are cut: the excerpt is for finding the spot.
    rows.push(`${marker} ${String(n).padStart(width)} | ${(lines[n - 1] ?? '').slice(0, 200)}`);
    if (n === problem.line)
      rows.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.min(problem.column - 1, 200))}^`);
  }
  return (
    // A scrollable region: reachable by keyboard, named for screen readers.
    <pre
      className="problem-excerpt"
      tabIndex={0}
      aria-label={t('ownFile.problem.lines', { from, to })}
    >
      <code>{rows.join('\n')}</code>
    </pre>
  );
}
