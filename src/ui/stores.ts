/** The app's stores, made once over the browser's storage, and hooks to read them narrowly. */
import { useStore } from 'zustand';
import { createLocalStore } from '../persistence/index.ts';
// Direct imports, not the state barrel: that would bring the run session (XState) to the first screen.
import { createRunStore, type RunState } from '../state/run-store.ts';
import { createSettingsStore, type SettingsState } from '../state/settings-store.ts';
import { browserLanguage } from './i18n/i18n.ts';

const storage = createLocalStore();

export const runStore = createRunStore(storage);
export const settingsStore = createSettingsStore(storage, {
  language: browserLanguage(),
  pace: 'step',
  mode: 'coach',
});
runStore.getState().load();

/** Everything set aside because it could not be read, as one JSON document to keep or pass on. */
export const exportSetAside = () => storage.exportQuarantine();

export const useRuns = <T>(select: (state: RunState) => T) => useStore(runStore, select);
export const useSettings = <T>(select: (state: SettingsState) => T) =>
  useStore(settingsStore, select);
