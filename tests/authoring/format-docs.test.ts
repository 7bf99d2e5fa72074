import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/authoring/json-schema.ts';
import { validateScenarioText } from '../../src/authoring/index.ts';
import { noorText } from '../support/scenarios.ts';

const GUIDES = {
  en: 'docs/scenario-format.md',
  nl: 'docs/handleiding-casussen.md',
} as const;

/** The guide's complete example: its ```yaml block that holds a whole scenario. */
function exampleIn(guide: string): string | undefined {
  const blocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.find((block) => block.includes('format: 1'));
}

describe('the published format', () => {
  it('has a JSON Schema file generated from the current definitions (run npm run schema)', () => {
    const published = JSON.parse(readFileSync('docs/scenario.schema.json', 'utf8'));
    expect(published).toEqual(scenarioJsonSchema());
  });

  it.each(Object.entries(GUIDES))(
    'documents (%s, %s) a complete example that validates, identical to docs/examples/noor.yaml',
    (_, path) => {
      const example = exampleIn(readFileSync(path, 'utf8'));
      expect(example).toBe(noorText());
      // Kept minimal, with a good and a poor ending: its one warning asks for a mixed ending too.
      const { problems } = validateScenarioText(example ?? '', path);
      expect(problems.map((p) => [p.severity, p.code])).toEqual([
        ['warning', 'ending-tone-missing'],
      ]);
    },
  );

  it('has its two guides link to each other, near the top', () => {
    const head = (path: string) => readFileSync(path, 'utf8').split('\n').slice(0, 5).join('\n');
    expect(head(GUIDES.en)).toContain('](handleiding-casussen.md)');
    expect(head(GUIDES.nl)).toContain('](scenario-format.md)');
  });
});
