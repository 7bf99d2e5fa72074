/** What the presenter's Next does from here: the next line in full, or the next part of the flow. */
import type { TFunction } from 'i18next';
import type { Language, Scenario } from '../../engine/index.ts';
import { LineList } from './Lines.tsx';
import type { Upcoming as Coming } from './room-view.ts';

export function Upcoming({
  coming,
  scenario,
  t,
  language,
}: {
  coming: Coming;
  scenario: Scenario;
  t: TFunction;
  language: Language;
}) {
  return (
    <section aria-labelledby="next-heading" className="room-panel room-next">
      <h3 id="next-heading">{t('room.next.heading')}</h3>
      {coming.kind === 'line' ? (
        <>
          <p className="room-next-what">{t('room.next.line')}:</p>
          <LineList lines={[coming.line]} scenario={scenario} language={language} />
        </>
      ) : (
        <p className="room-next-what" data-next={coming.kind}>
          {coming.kind === 'page'
            ? t('room.next.page', { page: coming.page, pages: coming.pages })
            : coming.kind === 'verdict'
              ? t('room.next.verdict', { hierarchy: t(`lens.hierarchy.${coming.hierarchy}`) })
              : t(`room.next.${coming.kind}`)}
        </p>
      )}
    </section>
  );
}
