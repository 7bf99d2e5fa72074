/** A file as the app and `npm run validate` receive it: bytes, refused before parsing when hostile. */
import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, validateScenarioFile } from '../../src/authoring/index.ts';
import { findingsByNode } from '../../src/map/findings.ts';
import { noorText } from '../support/scenarios.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('checking a scenario file', () => {
  it('checks a sound UTF-8 file, with or without a byte-order mark', () => {
    expect(validateScenarioFile(bytes(noorText()), 'noor.yaml').scenario?.id).toBe('noor');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(noorText())]);
    expect(validateScenarioFile(withBom, 'noor.yaml').scenario?.id).toBe('noor');
  });

  it('refuses a file over the limit before reading it, and says how large it is', () => {
    const { problems } = validateScenarioFile(new Uint8Array(MAX_SCENARIO_BYTES + 1), 'big.yaml');
    expect(problems.map((p) => p.code)).toEqual(['file-too-large']);
    expect(problems[0]!.message).toBe('Het bestand is 2,0 MB; het maximum is 2,0 MB.');
  });

  it('names UTF-16, other encodings and binary files for what they are', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x66, 0x00]);
    expect(validateScenarioFile(utf16, 'a.yaml', { lang: 'en' }).problems[0]!.message).toBe(
      'The text is not saved as UTF-8 but as UTF-16.',
    );
    const latin1 = new Uint8Array([...bytes('title: caf'), 0xe9]);
    expect(validateScenarioFile(latin1, 'a.yaml').problems[0]!.code).toBe('file-encoding');
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]);
    expect(validateScenarioFile(binary, 'a.zip').problems[0]!.code).toBe('file-binary');
  });

  it('returns a draft for a file of the right shape with a wrong path, marked scene by scene', () => {
    const text = noorText().replace('      - goto: open', '      - goto: opne');
    const result = validateScenarioFile(bytes(text), 'noor.yaml');
    expect(result.scenario).toBeUndefined();
    expect(result.draft?.id).toBe('noor');
    expect([...findingsByNode(result.problems).keys()]).toContain('week-later');
  });

  it('refuses absurdly deep nesting with a message, not a crash', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const { problems } = validateScenarioFile(bytes(deep), 'deep.yaml');
    expect(problems[0]!.code).toBe('yaml-syntax');
    expect(problems[0]!.message).toMatch(/niveaus diep/);
    expect(problems[0]!.hint).toMatch(/juiste bestand/);
  });
});
