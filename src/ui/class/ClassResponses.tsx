/**
 * Responses in context: per reflection question the class's paths brought, every answer beside
 * the choice it is about. Names stay hidden unless the lecturer shows them.
 */
import { useTranslation } from 'react-i18next';
import type { ClassReport, Response } from '../../class-report/class-report.ts';
import type { Scenario } from '../../engine/index.ts';
import { useLocalize } from '../i18n/use-localize.ts';

interface Props {
  scenario: Scenario;
  report: ClassReport;
  /** "student 3", or the name when names are shown. */
  who: (answer: Response) => string;
}

export function ClassResponses({ scenario, report, who }: Props) {
  const { t } = useTranslation();
  const text = useLocalize();
  const optionText = (scene: string, option: string) =>
    text(scenario.scenes[scene]?.choice?.options.find((o) => o.id === option)?.text ?? option);
  const asked = report.responses.filter((question) => question.asked > 0);
  const notAsked = report.responses.length - asked.length;
  return (
    <section aria-labelledby="class-responses">
      <h3 id="class-responses">{t('classReport.responses.heading')}</h3>
      {asked.map((question) => (
        <section key={question.id} className="class-question">
          <h4>{text(question.text)}</h4>
          {question.answers.length === 0 ? (
            <p>{t('classReport.responses.none', { count: question.asked })}</p>
          ) : (
            <ul>
              {question.answers.map((answer) => (
                <li key={answer.runId}>
                  <strong>{who(answer)}</strong>
                  {answer.chose &&
                    question.about &&
                    ` · ${t('classReport.responses.chose', { option: optionText(question.about, answer.chose) })}`}
                  <blockquote>{answer.answer}</blockquote>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {notAsked > 0 && <p>{t('classReport.responses.notAsked', { count: notAsked })}</p>}
    </section>
  );
}
