import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Language, type ReflectionQuestion } from '../../engine/index.ts';
import { PrintedAnswer } from './PrintedAnswer.tsx';
import { Section } from './Section.tsx';

export interface ReflectionsProps {
  /** The questions that fit the branch played. */
  questions: ReflectionQuestion[];
  /** The answers so far, by question id. */
  answers: Record<string, string>;
  language: Language;
  /** The answer to the question with this id changed. */
  /** Absent: the answers are shown, not edited. */
  onReflection?: (questionId: string, answer: string) => void;
}

/** The reflection questions of the path played, each with a text box that reports every change. */
export function Reflections({ questions, answers, language, onReflection }: ReflectionsProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const baseId = useId();
  return (
    <Section title={t('debrief.reflection.heading')} className="debrief-reflection">
      {questions.length === 0 ? (
        <p>{t('debrief.reflection.none')}</p>
      ) : (
        <>
          <p className="debrief-hint no-print">{t('debrief.reflection.intro')}</p>
          <ol className="debrief-questions">
            {questions.map((question, i) => (
              <li key={question.id} className="debrief-question">
                <label htmlFor={`${baseId}-${i}`}>
                  <span className="debrief-question-number">
                    {t('debrief.reflection.question', { number: i + 1 })}:
                  </span>{' '}
                  {localize(question.text, language)}
                </label>
                {/* Uncontrolled: the store persists each change; typing never waits for it. */}
                <textarea
                  id={`${baseId}-${i}`}
                  rows={4}
                  defaultValue={answers[question.id] ?? ''}
                  readOnly={!onReflection}
                  onChange={(event) => onReflection?.(question.id, event.target.value)}
                />
                <PrintedAnswer answer={answers[question.id] ?? ''} />
              </li>
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}
