import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../engine/index.ts';
import { WriteSpace } from './WriteSpace.tsx';

export interface ParticipantFieldProps {
  /** The name the run is handed in under: its own, or the device's last-used one. */
  initial: string;
  language: Language;
  onChange: (name: string) => void;
}

/**
 * The optional name or group: a text field on screen, a printed line on paper (filled in, or
 * blank to write on). The field reports every change; the store keeps it on this device.
 */
export function ParticipantField({ initial, language, onChange }: ParticipantFieldProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const id = useId();
  const hintId = useId();
  // Uncontrolled for typing, but the printed line follows what is typed.
  const [name, setName] = useState(initial);
  return (
    <div className="debrief-participant">
      <div className="no-print">
        <label htmlFor={id}>{t('debrief.participant.label')}</label>
        <input
          id={id}
          type="text"
          autoComplete="name"
          aria-describedby={hintId}
          defaultValue={initial}
          onChange={(event) => {
            setName(event.target.value);
            onChange(event.target.value);
          }}
        />
        <p id={hintId} className="debrief-hint">
          {t('debrief.participant.hint')}
        </p>
      </div>
      <p className="print-only debrief-participant-printed" aria-hidden="true">
        {t('debrief.participant.printed')}:{' '}
        {name.trim() ? <strong>{name.trim()}</strong> : <WriteSpace lines={1} />}
      </p>
    </div>
  );
}
