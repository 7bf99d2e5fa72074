/** The engine for authors and tools: the scenario schema, the validator, the graph checks. */
export { ScenarioSchema, ConditionSchema, LocalizedTextSchema } from './scenario.schema.ts';
export {
  validateScenarioText,
  parseScenarioText,
  checkScenarioSource,
  MAX_SCENARIO_BYTES,
  type ValidationResult,
} from './validate/validate.ts';
export { formatProblem, type Problem } from './validate/problem.ts';
export { explore, type Situation } from './validate/situations.ts';
export { scenarioJsonSchema } from './json-schema.ts';
