/**
 * The engine at run time: pure TypeScript, no React, no DOM, no storage — and no YAML parser or
 * validator, which live in ./authoring so that the app never ships them.
 */
export * from './vocabulary';
export type * from './scenario.schema';
export { normalizeScenario, isEnding, stepOf, type Scenario } from './scenario';
export { SHARED_METERS, resolveMeters, type MeterDefinition } from './meters';
export { localize } from './text';
export { holds } from './conditions';
export { applyEffects } from './effects';
export { availableOptions, visibleLines, initialContext } from './run';
export type * from './run.types';
export { compileScenario, type ScenarioMachine } from './compile';
export { replay, type RunSnapshot } from './replay';
export {
  createSave,
  restoreSave,
  scenarioHash,
  SAVE_VERSION,
  type RunSave,
  type RestoreResult,
} from './save';
export { contentHash } from './hash';
export {
  analyzeRun,
  respectfulPath,
  type RunAnalysis,
  type ChoiceAnalysis,
  type RespectfulPath,
} from './analysis';
export type { BuiltScenario, CatalogEntry } from './catalog';
