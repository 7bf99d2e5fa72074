/** The engine for authors and tools: the scenario schema, the validator, the graph checks. */
export { ScenarioSchema, ConditionSchema, LocalizedTextSchema } from './scenario.schema.ts';
export {
  validateScenarioText,
  MAX_SCENARIO_BYTES,
  type ValidationResult,
} from './validate/validate.ts';
export { formatProblem, type Problem } from './validate/problem.ts';
export { nextEvents, situationKey } from './validate/check-graph.ts';
export { scenarioJsonSchema } from './json-schema.ts';
