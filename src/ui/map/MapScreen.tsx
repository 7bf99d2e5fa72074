/** #/map/<caseId>: a case's map, for authors and lecturers. */
import { useTranslation } from 'react-i18next';
import { localize, type Language } from '../../engine/index.ts';
import { WithCase } from '../case-loader.tsx';
import { addMessages } from '../i18n/i18n.ts';
import * as lens from '../lens/messages.ts';
import { hrefOf } from '../router.ts';
import { MapView } from './MapView.tsx';
import * as messages from './messages.ts';
import './map.css';

addMessages([messages, lens]);

export default function MapScreen({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <WithCase caseId={caseId}>
      {(scenario) => (
        <section className="map-screen" aria-labelledby="map-heading">
          <p className="no-print">
            <a href={hrefOf({ screen: 'library' })}>{t('map.back.library')}</a>
          </p>
          <h2 id="map-heading">
            {t('map.heading', { title: localize(scenario.title, language) })}
          </h2>
          <p>{t('map.intro')}</p>
          <MapView scenario={scenario} language={language} />
        </section>
      )}
    </WithCase>
  );
}
