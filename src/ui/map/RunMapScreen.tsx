/** #/run/<id>/map: the map of a run's case with the path of its active branch marked. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type BuiltScenario, type Language } from '../../engine/index.ts';
import { scenarioMap } from '../../map/graph.ts';
import { pathOnMap } from '../../map/path.ts';
import { activeBranchOf, type RunRecord } from '../../state/run-record.ts';
import { addMessages } from '../i18n/i18n.ts';
import * as lens from '../lens/messages.ts';
import { hrefOf } from '../router.ts';
import { RunScreen } from '../RunScreen.tsx';
import { MapView } from './MapView.tsx';
import * as messages from './messages.ts';
import './map.css';

addMessages([messages, lens]);

export default function RunMapScreen({ runId }: { runId: string }) {
  return (
    <RunScreen runId={runId}>
      {(record, built) => <RunMap record={record} built={built} />}
    </RunScreen>
  );
}

function RunMap({ record, built }: { record: RunRecord; built: BuiltScenario }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { scenario } = built;
  const events = activeBranchOf(record).save.events;
  const path = useMemo(
    () => pathOnMap(scenario, scenarioMap(scenario), events),
    [scenario, events],
  );
  return (
    <section className="map-screen" aria-labelledby="map-heading">
      <p className="no-print">
        <a href={hrefOf({ screen: 'debrief', runId: record.id })}>{t('map.back.debrief')}</a> ·{' '}
        <a href={hrefOf({ screen: 'library' })}>{t('map.back.library')}</a>
      </p>
      <h2 id="map-heading">{t('map.heading', { title: localize(scenario.title, language) })}</h2>
      <p>{t('map.intro')}</p>
      <p>{t('map.yourPath', { count: path.nodes.length })}</p>
      <MapView scenario={scenario} language={language} path={path} />
    </section>
  );
}
