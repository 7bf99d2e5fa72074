/** App state: saved runs and settings (Zustand), and the wiring of a run being played. */
export * from './run-record.ts';
export * from './run-store.ts';
export * from './settings-store.ts';
export * from './session.ts';
export type { Notice } from './notices.ts';
