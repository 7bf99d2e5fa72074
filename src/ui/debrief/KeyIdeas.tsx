import { useTranslation } from 'react-i18next';
import type { Language } from '../../engine/index.ts';
import { IDEAS } from './messages.ts';
import { Section } from './Section.tsx';

/** The theory behind the verdicts, in a few lines (after Boszormenyi-Nagy's contextual approach). */
export function KeyIdeas({ language }: { language: Language }) {
  const { t } = useTranslation(undefined, { lng: language });
  return (
    <Section title={t('debrief.ideas.heading')} className="debrief-ideas">
      <dl className="debrief-idea-list">
        {IDEAS.map((idea) => (
          <div key={idea} className="debrief-idea">
            <dt>{t(`debrief.ideas.${idea}.term`)}</dt>
            <dd>{t(`debrief.ideas.${idea}.text`)}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
