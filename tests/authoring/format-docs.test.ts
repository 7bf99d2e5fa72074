import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/authoring/json-schema.ts';
import { validateScenarioText } from '../../src/authoring/index.ts';
import { noorText } from '../support/scenarios.ts';

describe('the published format', () => {
  it('has a JSON Schema file generated from the current definitions (run npm run schema)', () => {
    const published = JSON.parse(readFileSync('docs/scenario.schema.json', 'utf8'));
    expect(published).toEqual(scenarioJsonSchema());
  });

  it('documents a complete example that validates, identical to docs/examples/noor.yaml', () => {
    const guide = readFileSync('docs/scenario-format.md', 'utf8');
    const blocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const example = blocks.find((block) => block.includes('format: 1'));
    expect(example).toBe(noorText());
    // Kept minimal, with a good and a poor ending: its one warning asks for a mixed ending too.
    const { problems } = validateScenarioText(example ?? '', 'docs/scenario-format.md');
    expect(problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'ending-tone-missing']]);
  });
});
