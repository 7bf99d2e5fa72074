import type { LocalizedText, MeterSettings } from './scenario.schema.ts';

/** A meter with every setting filled in. */
export interface MeterDefinition {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
  min: number;
  max: number;
  start: number;
  /** Whether a higher value is the better one (trust) or the worse one (conflict). */
  better: 'higher' | 'lower';
}

/** The shared vocabulary: what a scenario gets by naming one of these meters. */
export const SHARED_METERS: Record<string, Omit<MeterDefinition, 'id'>> = {
  loyaltyConflict: {
    label: { nl: 'Loyaliteitsconflict van de leerling', en: "The pupil's loyalty conflict" },
    description: {
      nl: 'Hoe sterk de leerling zich gedwongen voelt te kiezen tussen ouders en begeleider.',
      en: 'How strongly the pupil feels forced to choose between parents and counsellor.',
    },
    min: 0,
    max: 100,
    start: 20,
    better: 'lower',
  },
  parentTrust: {
    label: { nl: 'Vertrouwen van de ouders', en: "The parents' trust" },
    description: {
      nl: 'Het vertrouwen van de ouders in de verantwoordelijkheid die zij aan school delegeren.',
      en: 'The parents’ trust in the responsibility they delegate to the school.',
    },
    min: 0,
    max: 100,
    start: 60,
    better: 'higher',
  },
  workingRelationship: {
    label: { nl: 'Werkrelatie leerling–begeleider', en: 'Pupil–counsellor working relationship' },
    description: {
      nl: 'Of de leerling met de begeleider aan de slag kan en wil.',
      en: 'Whether the pupil can and will work with the counsellor.',
    },
    min: 0,
    max: 100,
    start: 50,
    better: 'higher',
  },
  parentAgency: {
    label: { nl: 'Pedagogische kracht van de ouders', en: "The parents' own agency" },
    description: {
      nl: 'Hoe sterk de ouders hun eigen opvoedkundige verantwoordelijkheid dragen.',
      en: 'How strongly the parents carry their own responsibility for the upbringing.',
    },
    min: 0,
    max: 100,
    start: 50,
    better: 'higher',
  },
};

/** The meters of a scenario, defaults filled in; all shared meters when the scenario names none. */
export function resolveMeters(
  declared: Record<string, MeterSettings | null> | undefined,
): Record<string, MeterDefinition> {
  const entries =
    declared ?? Object.fromEntries(Object.keys(SHARED_METERS).map((id) => [id, null]));
  const result: Record<string, MeterDefinition> = {};
  for (const [id, settings] of Object.entries(entries)) {
    const base = SHARED_METERS[id];
    const min = settings?.min ?? base?.min ?? 0;
    const max = settings?.max ?? base?.max ?? 100;
    result[id] = {
      id,
      label: settings?.label ?? base?.label ?? id,
      description: settings?.description ?? base?.description,
      min,
      max,
      start: clamp(settings?.start ?? base?.start ?? Math.round((min + max) / 2), min, max),
      better: settings?.better ?? base?.better ?? 'higher',
    };
  }
  return result;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
