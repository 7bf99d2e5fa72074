import * as z from 'zod';
import { ScenarioSchema } from '../engine/scenario.schema.ts';

/** The JSON Schema of the scenario format, for editors (yaml-language-server). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ScenarioSchema, { target: 'draft-2020-12', io: 'input' }),
    title: 'Driehoek scenario',
  };
}
