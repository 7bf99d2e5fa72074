/**
 * Authoring: the scenario schema, the YAML reader with positions, the validator and the graph
 * checks. Pure TypeScript on top of src/engine; the CLI, the build plugin and the tests use it, and
 * the app may load it only lazily (ESLint forbids a static import from src/ui).
 */
export { ScenarioSchema, ConditionSchema, LocalizedTextSchema } from '../engine/scenario.schema.ts';
export {
  validateScenarioText,
  validateScenarioFile,
  parseScenarioText,
  checkScenarioSource,
  MAX_SCENARIO_BYTES,
  type ValidationResult,
} from './validate.ts';
export { MAX_DISCUSS_CHARS } from './check-discussion.ts';
export { formatProblem, type Problem } from './problem.ts';
export { explore, type Situation } from './situations.ts';
export { scenarioJsonSchema } from './json-schema.ts';
