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
  type ErrorCode,
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

/** What went wrong, and what to do, in Dutch and English: [nl detail, nl hint, en detail, en hint]. */
type Explained = [string, string, string, string];

const COLON_IN_TEXT = [
  'Staat er een dubbele punt in een tekst? Zet de tekst dan tussen aanhalingstekens.',
  'Is there a colon inside a text? Then put the text in quotes.',
] as const;

/** The `yaml` parser's error codes in the user's words; its own text is English only. */
const SYNTAX: Partial<Record<ErrorCode, Explained>> = {
  DUPLICATE_KEY: [
    'dezelfde naam staat twee keer op hetzelfde niveau',
    'Elke naam mag op hetzelfde niveau maar één keer voorkomen.',
    'the same name appears twice at the same level',
    'Each name may appear only once at the same level.',
  ],
  BAD_INDENT: [
    'deze regel springt niet even ver in als de regels op hetzelfde niveau',
    'Zet deze regel even ver in als de regels op hetzelfde niveau (met spaties).',
    'this line is not indented as far as the lines on the same level',
    'Indent this line as far as the lines on the same level (with spaces).',
  ],
  TAB_AS_INDENT: [
    'hier wordt met een tab ingesprongen',
    'Gebruik spaties om in te springen, geen tabs.',
    'this line is indented with a tab',
    'Indent with spaces, not tabs.',
  ],
  MISSING_CHAR: [
    'er ontbreekt een teken',
    'Vaak is het een afsluitend aanhalingsteken of haakje.',
    'a character is missing',
    'Often it is a closing quote or bracket.',
  ],
  BLOCK_AS_IMPLICIT_KEY: [
    'een tekst over meer regels staat waar een naam hoort',
    COLON_IN_TEXT[0],
    'a text over several lines stands where a name belongs',
    COLON_IN_TEXT[1],
  ],
  MULTILINE_IMPLICIT_KEY: [
    'een naam loopt over meer regels door',
    COLON_IN_TEXT[0],
    'a name runs on over several lines',
    COLON_IN_TEXT[1],
  ],
  UNEXPECTED_TOKEN: [
    'hier staat een teken dat op deze plek niet kan',
    'Kijk naar inspringing, dubbele punten en aanhalingstekens op deze regel en de regel erboven.',
    'a character here cannot stand in this place',
    'Check indentation, colons and quotes on this line and the one before.',
  ],
  BAD_DQ_ESCAPE: [
    'een \\ in een tekst tussen dubbele aanhalingstekens maakt geen geldig teken',
    'Schrijf \\\\ voor een schuine streep, of zet de tekst tussen enkele aanhalingstekens.',
    'a \\ inside a double-quoted text makes no valid character',
    'Write \\\\ for a backslash, or put the text in single quotes.',
  ],
  BAD_SCALAR_START: [
    'een tekst begint met een teken dat YAML anders leest',
    'Zet de tekst tussen aanhalingstekens als hij begint met bijvoorbeeld @, `, % of |.',
    'a text starts with a character YAML reads differently',
    'Put the text in quotes when it starts with, for instance, @, `, % or |.',
  ],
  BAD_ALIAS: [
    'een *verwijzing noemt een &naam die niet bestaat',
    'Schrijf het stuk uit, of zet een & met dezelfde naam bij het stuk dat je bedoelt.',
    'a *reference names an &anchor that does not exist',
    'Write the part out, or put an & with that name on the part you mean.',
  ],
  MULTIPLE_DOCS: [
    'het bestand bevat meer dan één document (---)',
    'Een casus is één document: haal de tweede regel met --- weg, of zet de tweede casus in een eigen bestand.',
    'the file holds more than one document (---)',
    'A case is one document: remove the second --- line, or put the second case in a file of its own.',
  ],
  KEY_OVER_1024_CHARS: [
    'een naam is langer dan 1024 tekens',
    'Waarschijnlijk mist er een dubbele punt of staat er een tekst waar een naam hoort.',
    'a name is longer than 1024 characters',
    'Probably a colon is missing, or a text stands where a name belongs.',
  ],
};
const ALIAS: Explained = [
  'te veel verwijzingen (*naam)',
  'Schrijf de herhaalde stukken uit in plaats van ze met *namen te herhalen.',
  'too many aliases (*name)',
  'Write the repeated parts out instead of repeating them with *names.',
];
const DEPTH: Explained = [
  'lijsten en velden staan duizenden niveaus diep in elkaar',
  'Dat is geen scenario. Open het juiste bestand.',
  'lists and fields are nested thousands of levels deep',
  'That is not a scenario. Open the right file.',
];
/** Codes not in the table keep the parser's own (English) text, with the general hint. */
const otherwise = (message: string): Explained => [
  `de YAML-lezer meldt (in het Engels) “${message}”`,
  'Kijk naar inspringing, dubbele punten en aanhalingstekens op deze regel en de regel erboven.',
  message,
  'Check indentation, colons and quotes on this line and the one before.',
];

const syntaxFinding = ([nlDetail, nlHint, enDetail, enHint]: Explained) =>
  finding('yaml-syntax', [], { nlDetail, nlHint, enDetail, enHint });

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
    const explained = error.message.includes('call stack')
      ? DEPTH
      : (SYNTAX[error.code] ??
        otherwise(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')));
    return { finding: syntaxFinding(explained), offset: error.pos[0] };
  });
  if (syntax.length) return { source: { data: undefined, located: locate }, syntax };
  try {
    return { source: { data: doc.toJS({ maxAliasCount: 100 }), located: locate }, syntax };
  } catch {
    // Aliases that repeat aliases would make the document explode: refuse it.
    const alias = { finding: syntaxFinding(ALIAS), offset: firstAlias(doc) };
    return { source: { data: undefined, located: locate }, syntax: [alias] };
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
