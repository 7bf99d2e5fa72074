/** npm run schema — writes docs/scenario.schema.json from the same definitions the validator uses. */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/authoring/json-schema.ts';

export const SCHEMA_PATH = 'docs/scenario.schema.json';
writeFileSync(SCHEMA_PATH, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCHEMA_PATH}`);
