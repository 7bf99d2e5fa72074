/** The trainee's settings: language, reading pace, and the mode new runs start in. */
import * as z from 'zod/mini';
import { createStore as createZustandStore } from 'zustand/vanilla';
import type { Language } from '../engine/index.ts';
import type { Schema, Store } from '../persistence/index.ts';
import type { Mode } from './run-record.ts';

/** step: the trainee reveals each line; all: a scene shows at once. */
export type Pace = 'step' | 'all';

export interface Settings {
  language: Language;
  pace: Pace;
  mode: Mode;
  /**
   * The name or group last typed on a debrief: the device's, because one trainee hands in
   * several runs under the same name; a run without a name of its own starts with it.
   */
  participant?: string;
}

const SettingsShape = z.object({
  language: z.enum(['nl', 'en']),
  pace: z.enum(['step', 'all']),
  mode: z.enum(['coach', 'reflect']),
  participant: z.optional(z.string()),
});

const settingsSchema: Schema<Settings> = {
  version: 1,
  restore: (data) => {
    const parsed = SettingsShape.safeParse(data);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, problem: 'not settings' };
  },
};

const SETTINGS_KEY = 'settings';

export interface SettingsState extends Settings {
  /** Change settings and keep them. */
  change(patch: Partial<Settings>): void;
}

export function createSettingsStore(store: Store, defaults: Settings) {
  const saved = store.read(SETTINGS_KEY, settingsSchema);
  const initial = saved.status === 'ok' || saved.status === 'recovered' ? saved.value : defaults;
  return createZustandStore<SettingsState>()((set, get) => ({
    ...initial,
    change(patch) {
      set(patch);
      const { language, pace, mode, participant } = get();
      store.write(SETTINGS_KEY, { language, pace, mode, participant }, settingsSchema);
    },
  }));
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
