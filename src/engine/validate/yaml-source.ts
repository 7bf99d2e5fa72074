import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { finding, type Finding, type Path } from './problem.ts';

/** A parsed YAML file that can tell where each value stands. */
export interface YamlSource {
  doc: Document;
  lineCounter: LineCounter;
  /** Plain data of the document. */
  data: unknown;
}

const SYNTAX_HINTS: Record<string, [string, string]> = {
  DUPLICATE_KEY: [
    'Elke naam mag op hetzelfde niveau maar één keer voorkomen.',
    'Each name may appear only once at the same level.',
  ],
  BAD_INDENT: [
    'Zet deze regel even ver in als de regels op hetzelfde niveau (met spaties).',
    'Indent this line as far as the lines on the same level (with spaces).',
  ],
  TAB_AS_INDENT: ['Gebruik spaties om in te springen, geen tabs.', 'Indent with spaces, not tabs.'],
  MISSING_CHAR: [
    'Er mist een teken, vaak een afsluitend aanhalingsteken of haakje.',
    'A character is missing, often a closing quote or bracket.',
  ],
  BLOCK_AS_IMPLICIT_KEY: [
    'Staat er een dubbele punt in een tekst? Zet de tekst dan tussen aanhalingstekens.',
    'Is there a colon inside a text? Then put the text in quotes.',
  ],
  MULTILINE_IMPLICIT_KEY: [
    'Staat er een dubbele punt in een tekst? Zet de tekst dan tussen aanhalingstekens.',
    'Is there a colon inside a text? Then put the text in quotes.',
  ],
};
const GENERIC_HINT: [string, string] = [
  'Kijk naar inspringing, dubbele punten en aanhalingstekens op deze regel en de regel erboven.',
  'Check indentation, colons and quotes on this line and the one before.',
];

/** Parse YAML keeping positions; syntax errors come back as findings with their offset. */
export function parseYamlSource(text: string): {
  source: YamlSource;
  syntax: { finding: Finding; offset: number }[];
} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors.map((error) => {
    const [nlHint, enHint] = SYNTAX_HINTS[error.code] ?? GENERIC_HINT;
    const detail =
      error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
    return {
      finding: finding('yaml-syntax', [], { detail, nlHint, enHint }),
      offset: error.pos[0],
    };
  });
  const data = doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });
  return { source: { doc, lineCounter, data }, syntax };
}

/** 1-based line and column of an offset. */
export function positionOf(source: YamlSource, offset: number): { line: number; column: number } {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * The offset in the file of a path's value (or, with atKey, of its key). Where the path goes past
 * what the file holds — a missing field — the offset of the deepest part that exists.
 */
export function offsetOf(source: YamlSource, path: Path, atKey = false): number {
  let node: unknown = source.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
      if (!pair) return offset;
      const keyStart = rangeStart(pair.key);
      if (last && atKey && keyStart !== undefined) return keyStart;
      node = pair.value;
      offset = rangeStart(node) ?? keyStart ?? offset;
      if (last && keyStart !== undefined && (isMap(node) || isSeq(node)) && !node.flow) {
        offset = keyStart; // a block below "name:": point at the name, not at its first child
      }
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}
