/** The engine for authors and tools: the scenario schema, the validator, the graph checks. */
export { ScenarioSchema, ConditionSchema, LocalizedTextSchema } from './scenario.schema';
export {
  validateScenarioText,
  MAX_SCENARIO_BYTES,
  type ValidationResult,
} from './validate/validate';
export { formatProblem, type Problem } from './validate/problem';
export { nextEvents, situationKey } from './validate/check-graph';
export { scenarioJsonSchema } from './json-schema';
