/**
 * The room debrief on the presenter's screen: the path the room took with, per choice point, the
 * decided option, its three verdicts and the votes (who decided, hands or phones); then the paths
 * left through "what if".
 */
import type { TFunction } from 'i18next';
import { HIERARCHIES, localize, stepOf, type Language, type Scenario } from '../../engine/index.ts';
import {
  roomReport,
  roomReportMarkdown,
  type FlowContext,
  type RoomChoice,
} from '../../facilitation/index.ts';
import { downloadText } from '../download.ts';
import { letterIn } from './room-view.ts';
import { VerdictList } from './Verdicts.tsx';

interface DebriefProps {
  scenario: Scenario;
  context: FlowContext;
  t: TFunction;
  language: Language;
}

export function RoomDebrief({ scenario, context, t, language }: DebriefProps) {
  const ending = scenario.endings[context.at];
  return (
    <section className="room-debrief" aria-labelledby="room-debrief-heading">
      <h3 id="room-debrief-heading">{t('room.debrief.heading')}</h3>
      {ending && (
        <>
          <p className="room-ending">
            {t('room.debrief.ending', { title: localize(ending.title, language) })}
          </p>
          <p>{localize(ending.outcome, language)}</p>
        </>
      )}
      <h4>{t('room.debrief.path')}</h4>
      <ChoiceList choices={context.choices} {...{ scenario, t, language }} />
      <h4>{t('room.debrief.earlier')}</h4>
      {context.earlierPaths.length === 0 ? (
        <p>{t('room.debrief.noEarlier')}</p>
      ) : (
        <ol>
          {context.earlierPaths.map((path, i) => (
            <li key={i}>
              <p>
                {t('room.debrief.earlierPath', {
                  number: i + 1,
                  at: stepTitle(scenario, path.leftAt, language),
                })}
              </p>
              <ChoiceList choices={path.choices} {...{ scenario, t, language }} />
            </li>
          ))}
        </ol>
      )}
      <ExportButtons scenario={scenario} context={context} t={t} language={language} />
    </section>
  );
}

/** The room debrief to keep: Markdown to read or share, JSON for a program; votes only, no people. */
function ExportButtons({ scenario, context, t, language }: DebriefProps) {
  const file = `driehoek-groep-${scenario.id}`;
  return (
    <p className="room-buttons">
      <button
        type="button"
        onClick={() =>
          downloadText(
            `${file}.md`,
            roomReportMarkdown(roomReport(scenario, context, language)),
            'text/markdown',
          )
        }
      >
        {t('room.debrief.exportMarkdown')}
      </button>
      <button
        type="button"
        onClick={() =>
          downloadText(
            `${file}.json`,
            `${JSON.stringify(roomReport(scenario, context, language), null, 2)}\n`,
            'application/json',
          )
        }
      >
        {t('room.debrief.exportJson')}
      </button>
    </p>
  );
}

export const stepTitle = (scenario: Scenario, at: string, language: Language) => {
  const step = stepOf(scenario, at);
  return step ? localize(step.title, language) : at;
};

function ChoiceList({
  choices,
  scenario,
  t,
  language,
}: { choices: RoomChoice[] } & Omit<DebriefProps, 'context'>) {
  return (
    <ol className="room-path">
      {choices.map((choice, i) => {
        const options = scenario.scenes[choice.scene]?.choice?.options ?? [];
        const option = options.find((o) => o.id === choice.option);
        return (
          <li key={i}>
            <h5>{stepTitle(scenario, choice.scene, language)}</h5>
            <p>
              {t('room.debrief.chosen', {
                letter: letterIn(choice.offered, choice.option),
                text: option ? localize(option.text, language) : choice.option,
              })}
            </p>
            <VerdictList
              verdicts={HIERARCHIES.map((h) => ({ hierarchy: h, verdict: choice.verdicts[h] }))}
              t={t}
              language={language}
              withWhy={false}
            />
            <p>
              {t('room.debrief.votes')}:{' '}
              {choice.offered
                .map(
                  (id) =>
                    `${letterIn(choice.offered, id)} ${t('room.vote.votes', { count: choice.votes.counts[id] ?? 0 })}`,
                )
                .join(' · ')}{' '}
              (
              {t('room.debrief.by', {
                by: t(`room.decidedBy.${choice.decidedBy}`),
                source: t(`room.source.${choice.votes.source}`),
              })}
              )
            </p>
          </li>
        );
      })}
    </ol>
  );
}
