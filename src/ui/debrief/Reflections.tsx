import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Language, type LocalizedText } from '../../engine/index.ts';
import { PrintedAnswer } from './PrintedAnswer.tsx';
import { Section } from './Section.tsx';

export interface ReflectionsProps {
  questions: LocalizedText[];
  /** The answers so far, by question index. */
  answers: Record<string, string>;
  language: Language;
  onReflection: (question: number, answer: string) => void;
}

/** The scenario's reflection questions, each with a text box that reports every change. */
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
              <li key={i} className="debrief-question">
                <label htmlFor={`${baseId}-${i}`}>
                  <span className="debrief-question-number">
                    {t('debrief.reflection.question', { number: i + 1 })}:
                  </span>{' '}
                  {localize(question, language)}
                </label>
                {/* Uncontrolled: the store persists each change; typing never waits for it. */}
                <textarea
                  id={`${baseId}-${i}`}
                  rows={4}
                  defaultValue={answers[String(i)] ?? ''}
                  onChange={(event) => onReflection(i, event.target.value)}
                />
                <PrintedAnswer answer={answers[String(i)] ?? ''} />
              </li>
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}
