/** The map of a case file that was not added: where its problems are, scene by scene. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../authoring/problem.ts';
import type { Language, Scenario } from '../../engine/index.ts';
import { findingsByNode } from '../../map/findings.ts';
import { addMessages } from '../i18n/i18n.ts';
import * as lens from '../lens/messages.ts';
import { MapView } from './MapView.tsx';
import * as messages from './messages.ts';
import './map.css';

addMessages([messages, lens]);

export default function DraftMap({
  scenario,
  problems,
}: {
  scenario: Scenario;
  problems: Problem[];
}) {
  const { i18n } = useTranslation();
  const findings = useMemo(() => findingsByNode(problems), [problems]);
  return <MapView scenario={scenario} language={i18n.language as Language} findings={findings} />;
}
