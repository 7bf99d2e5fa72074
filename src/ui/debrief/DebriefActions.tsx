import { useTranslation } from 'react-i18next';
import type { BuiltScenario, Language } from '../../engine/index.ts';
import type { RunRecord } from '../../state/index.ts';
import { downloadText } from '../download.ts';
import { debriefJson, debriefMarkdown, reportFileName } from './report.ts';
import { Section } from './Section.tsx';

export interface DebriefActionsProps {
  built: BuiltScenario;
  record: RunRecord;
  language: Language;
  /** The name or group to put in the exports. */
  participant: string;
}

/** Print (or save as PDF through the print dialog), and export the report as Markdown or JSON. */
export function DebriefActions({ built, record, language, participant }: DebriefActionsProps) {
  const { t } = useTranslation(undefined, { lng: language });
  return (
    <Section title={t('debrief.actions.heading')} className="debrief-actions no-print">
      <div className="debrief-buttons">
        <button type="button" className="debrief-button" onClick={() => window.print()}>
          {t('debrief.actions.print')}
        </button>
        <button
          type="button"
          className="debrief-button"
          onClick={() =>
            downloadText(
              reportFileName(record, 'md', participant),
              debriefMarkdown(built, record, language, participant),
              'text/markdown',
            )
          }
        >
          {t('debrief.actions.markdown')}
        </button>
        <button
          type="button"
          className="debrief-button"
          onClick={() =>
            downloadText(
              reportFileName(record, 'json', participant),
              JSON.stringify(debriefJson(built, record, participant), null, 2),
              'application/json',
            )
          }
        >
          {t('debrief.actions.json')}
        </button>
      </div>
    </Section>
  );
}
