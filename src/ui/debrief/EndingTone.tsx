import { useTranslation } from 'react-i18next';
import type { Ending, Language } from '../../engine/index.ts';
import './ending-tone.css';

/** An ending's tone in words (good, mixed or poor outcome), as the debrief and the player show it. */
export function EndingTone({ tone, language }: { tone: Ending['tone']; language: Language }) {
  const { t } = useTranslation(undefined, { lng: language });
  return <p className={`debrief-tone debrief-tone--${tone}`}>{t(`debrief.ending.tone.${tone}`)}</p>;
}
