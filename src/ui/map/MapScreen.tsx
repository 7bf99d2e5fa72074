/**
 * #/map/<caseId>: a case's map, for authors and lecturers: "play from here" starts a test run at a
 * scene, and an own case's map marks what the check found.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, startingAt, type Language, type Scenario } from '../../engine/index.ts';
import { findingsByNode, type MapFindings } from '../../map/findings.ts';
import type { OwnCatalogEntry } from '../../own-cases/record.ts';
import { WithCase } from '../case-loader.tsx';
import { isOwn, useCatalog } from '../catalog.ts';
import { addMessages } from '../i18n/i18n.ts';
import * as lens from '../lens/messages.ts';
import { hrefOf, navigate } from '../router.ts';
import { runStore } from '../stores.ts';
import { MapView } from './MapView.tsx';
import * as messages from './messages.ts';
import { TestRuns } from './TestRuns.tsx';
import './map.css';

addMessages([messages, lens]);

export default function MapScreen({ caseId }: { caseId: string }) {
  return (
    <WithCase caseId={caseId}>
      {(scenario) => <CaseMap caseId={caseId} scenario={scenario} />}
    </WithCase>
  );
}

function CaseMap({ caseId, scenario }: { caseId: string; scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const entry = useCatalog().find((e) => e.id === caseId);
  const findings = useOwnCaseFindings(entry && isOwn(entry) ? entry : undefined, language);
  const playFrom = async (sceneId: string) => {
    const { branchState } = await import('../../state/session.ts');
    const first = branchState(startingAt(scenario, sceneId), []);
    const runId = runStore.getState().start(caseId, 'coach', first, new Date(), {
      testFrom: sceneId,
    });
    navigate({ screen: 'play', runId });
  };
  return (
    <section className="map-screen" aria-labelledby="map-heading">
      <p className="no-print">
        <a href={hrefOf({ screen: 'library' })}>{t('map.back.library')}</a>
      </p>
      <h2 id="map-heading">{t('map.heading', { title: localize(scenario.title, language) })}</h2>
      <p>{t('map.intro')}</p>
      <MapView
        scenario={scenario}
        language={language}
        findings={findings}
        onPlayFrom={(sceneId) => void playFrom(sceneId)}
      />
      <TestRuns caseId={caseId} scenario={scenario} />
    </section>
  );
}

/** An own case's warnings (its errors kept it out), from checking its text again in this language. */
function useOwnCaseFindings(entry: OwnCatalogEntry | undefined, lang: Language) {
  const [findings, setFindings] = useState<MapFindings>();
  const version = entry?.own.versions.at(-1);
  useEffect(() => {
    if (!version) return;
    let current = true;
    void import('../../own-cases/check-client.ts')
      .then(({ checkFile }) => checkFile(new File([version.text], version.fileName), lang))
      .then((outcome) => {
        if (current && outcome.status === 'checked') setFindings(findingsByNode(outcome.problems));
      });
    return () => {
      current = false;
    };
  }, [version, lang]);
  return findings;
}
