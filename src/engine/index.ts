/**
 * The engine at run time: pure TypeScript, no React, no DOM, no storage — and no YAML parser or
 * validator, which live in src/authoring so that the app ships them at most in a lazy chunk.
 */
export * from './vocabulary.ts';
export type * from './scenario.schema.ts';
export { normalizeScenario, isEnding, stepOf, leadsOf, type Scenario } from './scenario.ts';
export { SHARED_METERS, resolveMeters, type MeterDefinition } from './meters.ts';
export { localize } from './text.ts';
export { holds } from './conditions.ts';
export { applyEffects } from './effects.ts';
export {
  applyChoice,
  availableOptions,
  visibleLines,
  initialContext,
  eventsOnOffer,
  stepRun,
} from './run.ts';
export type * from './run.types.ts';
export { compileScenario, type ScenarioMachine } from './compile.ts';
export { replay, type RunSnapshot } from './replay.ts';
export {
  createSave,
  restoreSave,
  scenarioHash,
  SAVE_VERSION,
  type RunSave,
  type RestoreResult,
} from './save.ts';
export { contentHash } from './hash.ts';
export {
  analyzeRun,
  respectfulPath,
  type RunAnalysis,
  type ChoiceAnalysis,
  type RespectfulPath,
} from './analysis.ts';
export type { BuiltScenario, CatalogEntry } from './catalog.ts';
export { restoreRelease } from './release.ts';
export { startingAt } from './test-run.ts';
export { transcript, eventsOf, type Turn, type SceneTurn, type ChoiceTurn } from './transcript.ts';
export { answersOnOffer } from './answers.ts';
export { reflectionQuestionsFor, questionApplies } from './reflection.ts';
export { discussionPrompts } from './discussion.ts';
export { respectfulAlternative, type RespectfulAlternative } from './alternative.ts';
