/**
 * Room sessions opened in the class report, each folded up under one line (case, ending, votes):
 * open one to see the room's votes per choice point, on their own.
 */
import { useTranslation } from 'react-i18next';
import type { NumberedRoom } from '../../class-report/room-export.ts';

export function RoomSessions({ rooms }: { rooms: readonly NumberedRoom[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="class-rooms" className="class-report">
      <h3 id="class-rooms">{t('classReport.rooms.heading')}</h3>
      <p>{t('classReport.rooms.intro')}</p>
      {rooms.map(({ room, number }) => (
        <details key={number} className="class-room">
          <summary>
            <h4>
              {t('classReport.rooms.session', {
                number,
                title: room.case.title,
                version: room.case.version,
              })}
            </h4>{' '}
            ·{' '}
            {room.ending
              ? t('classReport.runs.ending', { ending: room.ending.title })
              : t('classReport.runs.notEnded')}{' '}
            · {t('classReport.rooms.points', { count: room.path.length })}
          </summary>
          {room.path.map((choice, c) => (
            <table key={c} className="class-items">
              <caption>
                {t('classReport.rooms.choice', {
                  title: choice.sceneTitle,
                  votes: choice.votesCast,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('classReport.items.option')}</th>
                  <th scope="col">{t('classReport.rooms.decided')}</th>
                  <th scope="col">{t('classReport.rooms.votes')}</th>
                </tr>
              </thead>
              <tbody>
                {choice.options.map((option) => (
                  <tr key={option.id}>
                    <th scope="row">
                      {option.label}. {option.text}
                    </th>
                    <td>{option.id === choice.option ? t('classReport.rooms.chosen') : ''}</td>
                    <td>{option.votes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </details>
      ))}
    </section>
  );
}
