/**
 * YAML in two speeds. A sound file is read with js-yaml, which is many times faster; the `yaml`
 * package, which keeps the position of every value and explains syntax errors well, reads the file
 * only when a position is needed: for a syntax error, or for a problem the checks find.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { finding, type Finding, type Path } from './problem.ts';

/** A document with the position of every value. */
interface WithPositions {
  doc: Document;
  lineCounter: LineCounter;
}

/** A parsed YAML file that can tell where each value stands. */
export interface YamlSource {
  /** Plain data of the document. */
  data: unknown;
  /** The document with positions, parsed on first use. */
  located: () => WithPositions;
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
const ALIAS_HINT: [string, string] = [
  'Schrijf de herhaalde stukken uit in plaats van ze met *namen te herhalen.',
  'Write the repeated parts out instead of repeating them with *names.',
];
const DEPTH_HINT: [string, string] = [
  'Lijsten en velden staan hier duizenden niveaus diep in elkaar: dat is geen scenario. Open het juiste bestand.',
  'Lists and fields are nested thousands of levels deep here: that is not a scenario. Open the right file.',
];
const GENERIC_HINT: [string, string] = [
  'Kijk naar inspringing, dubbele punten en aanhalingstekens op deze regel en de regel erboven.',
  'Check indentation, colons and quotes on this line and the one before.',
];

/** Parse YAML; syntax errors come back as findings with their offset. */
export function parseYamlSource(text: string): {
  source: YamlSource;
  syntax: { finding: Finding; offset: number }[];
} {
  let located: WithPositions | undefined;
  const locate = () => (located ??= parseLocated(text));
  try {
    // An alias sends the file the careful way: there its expansion is limited.
    const data = load(text, { schema: CORE_SCHEMA, maxAliases: 0 });
    return { source: { data, located: locate }, syntax: [] };
  } catch {
    // Broken, empty, or with aliases: the `yaml` package says what is wrong, and where.
  }
  const { doc } = locate();
  const syntax = doc.errors.map((error) => {
    // The parser runs out of stack on absurdly deep nesting (a hostile file, not a typo).
    const tooDeep = error.message.includes('call stack');
    const [nlHint, enHint] = tooDeep ? DEPTH_HINT : (SYNTAX_HINTS[error.code] ?? GENERIC_HINT);
    const detail = tooDeep
      ? 'nested too deeply'
      : (error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code);
    return {
      finding: finding('yaml-syntax', [], { detail, nlHint, enHint }),
      offset: error.pos[0],
    };
  });
  if (syntax.length) return { source: { data: undefined, located: locate }, syntax };
  try {
    return { source: { data: doc.toJS({ maxAliasCount: 100 }), located: locate }, syntax };
  } catch {
    // Aliases that repeat aliases would make the document explode: refuse it.
    const [nlHint, enHint] = ALIAS_HINT;
    const detail = 'too many aliases (*name)';
    return {
      source: { data: undefined, located: locate },
      syntax: [
        {
          finding: finding('yaml-syntax', [], { detail, nlHint, enHint }),
          offset: firstAlias(doc),
        },
      ],
    };
  }
}

function firstAlias(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function parseLocated(text: string): WithPositions {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter };
}

/** 1-based line and column of an offset. */
export function positionOf(source: YamlSource, offset: number): { line: number; column: number } {
  const { line, col } = source.located().lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * The offset in the file of a path's value (or, with atKey, of its key). Where the path goes past
 * what the file holds — a missing field — the offset of the deepest part that exists.
 */
export function offsetOf(source: YamlSource, path: Path, atKey = false): number {
  let node: unknown = source.located().doc.contents;
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
