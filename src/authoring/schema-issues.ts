/** Turns zod's issues into findings an author understands. */
import type * as z from 'zod';
import { ScenarioSchema } from '../engine/scenario.schema.ts';
import { HIERARCHIES } from '../engine/vocabulary.ts';
import { closest, finding, type Finding, type Path } from './problem.ts';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

const HIERARCHY_NL: Record<string, string> = {
  emotional: 'emotionele',
  responsibility: 'verantwoordelijkheids-',
  expertise: 'deskundigheids-',
};

/** The schema that describes the value at a path (through optionals, records, arrays, unions). */
export function schemaAt(path: Path, root: AnySchema = ScenarioSchema): AnySchema | undefined {
  let schema: AnySchema | undefined = root;
  for (const step of path) {
    schema = unwrap(schema);
    const def = defOf(schema);
    if (!def) return undefined;
    if (def.type === 'object') schema = (def.shape as Record<string, AnySchema>)[String(step)];
    else if (def.type === 'record') schema = def.valueType as AnySchema;
    else if (def.type === 'array') schema = def.element as AnySchema;
    else if (def.type === 'union') {
      const options = (def.options as AnySchema[]).map(unwrap);
      schema = options
        .map((option) => schemaAt([step], option))
        .find((found) => found !== undefined);
    } else return undefined;
  }
  return schema;
}

/** A schema's definition, read as plain fields (zod's own typing of it is per kind of schema). */
function defOf(schema: AnySchema | undefined): Record<string, unknown> | undefined {
  return schema?._zod.def as unknown as Record<string, unknown> | undefined;
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def?.type === 'optional' || def?.type === 'nullable') current = def.innerType as AnySchema;
    else if (def?.type === 'lazy') current = (def.getter as () => AnySchema)();
    else return current;
  }
}

function descriptionOf(schema: AnySchema | undefined): string | undefined {
  return (schema as { description?: string } | undefined)?.description;
}

/** The field names an object schema allows. */
function fieldsOf(schema: AnySchema | undefined): string[] {
  const def = defOf(unwrap(schema));
  if (def?.type === 'object') return Object.keys(def.shape as object);
  if (def?.type === 'union') return (def.options as AnySchema[]).flatMap(fieldsOf);
  return [];
}

function valueAt(data: unknown, path: Path): { found: boolean; value: unknown } {
  let current = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<string | number, unknown>)[step];
  }
  return { found: true, value: current };
}

const KINDS: Record<string, [string, string]> = {
  string: ['tekst', 'text'],
  number: ['een getal', 'a number'],
  boolean: ['true of false', 'true or false'],
  object: ['velden (naam: waarde)', 'fields (name: value)'],
  array: ['een lijst (regels met -)', 'a list (lines starting with -)'],
  null: ['niets', 'nothing'],
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const TEXT_EXPECTED: [string, string] = [
  'tekst, of vertalingen (nl: ... en: ...)',
  'text, or translations (nl: ... en: ...)',
];

/** Findings for one zod issue; `data` is the parsed file, to tell missing from wrong. */
export function findingsForIssue(issue: Issue, data: unknown, base: Path = []): Finding[] {
  const path = [...base, ...issue.path] as Path;
  const question = reflectionQuestionWithoutId(path, data);
  if (question) return [question];
  const field = String(path[path.length - 1] ?? '');
  if (path.length && !valueAt(data, path).found && issue.code !== 'unrecognized_keys') {
    if (path.at(-2) === 'verdicts' && HIERARCHIES.includes(field as never)) {
      return [
        finding('missing-verdict', path.slice(0, -1), {
          hierarchy: field,
          nlHierarchy: HIERARCHY_NL[field] ?? field,
        }),
      ];
    }
    if (field === 'why' && path.at(-3) === 'verdicts')
      return [finding('missing-why', path.slice(0, -1), {})];
    return [finding('missing', path.slice(0, -1), { field, about: descriptionOf(schemaAt(path)) })];
  }
  switch (issue.code) {
    case 'invalid_type': {
      const at = valueAt(data, path);
      const [nlGot, enGot] = KINDS[kindOf(at.value)] ?? ['iets anders', 'something else'];
      const [nlExpected, enExpected] = KINDS[issue.expected] ?? [issue.expected, issue.expected];
      return [finding('wrong-type', path, { nlExpected, enExpected, nlGot, enGot })];
    }
    case 'unrecognized_keys': {
      const allowed = fieldsOf(schemaAt(path));
      return issue.keys.map((key) =>
        finding(
          'unknown-field',
          [...path, key],
          { key, suggestion: closest(key, allowed), allowed: allowed.join(', ') },
          { atKey: true },
        ),
      );
    }
    case 'invalid_value': {
      const got = String(valueAt(data, path).value);
      const allowed = issue.values.map(String);
      return [
        finding('not-allowed-value', path, {
          got,
          allowed: allowed.join(', '),
          suggestion: closest(got, allowed),
        }),
      ];
    }
    case 'invalid_format': {
      const got = String(valueAt(data, path).value);
      return [
        field === 'version'
          ? finding('bad-format', path, {
              got,
              nlRule: 'Een versie ziet eruit als 1.0.0.',
              enRule: 'A version looks like 1.0.0.',
            })
          : finding('bad-format', path, {
              got,
              nlRule: 'Een naam begint met een letter en bevat alleen letters, cijfers, - en _.',
              enRule: 'A name starts with a letter and holds only letters, digits, - and _.',
            }),
      ];
    }
    case 'invalid_key':
      return issue.issues.flatMap((inner) =>
        findingsForIssue({ ...inner, path: [] } as Issue, data, path).map((f) => ({
          ...f,
          atKey: true,
        })),
      );
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(
        small
          ? (issue as { minimum: number | bigint }).minimum
          : (issue as { maximum: number | bigint }).maximum,
      );
      // An empty discussion list gets its own message: what to write, or that it can be left out.
      if (issue.origin === 'array' && small && field === 'discuss')
        return [finding('discuss-empty', path, {})];
      if (issue.origin === 'array') {
        return [
          finding('too-small', path, {
            nlWhat: small
              ? `de lijst heeft minstens ${limit} regel(s) nodig`
              : `de lijst mag hoogstens ${limit} regels hebben`,
            enWhat: small
              ? `the list needs at least ${limit} entr${limit === 1 ? 'y' : 'ies'}`
              : `the list may have at most ${limit} entries`,
            nlHint: 'Voeg regels toe die met - beginnen.',
            enHint: 'Add entries starting with -.',
          }),
        ];
      }
      if (issue.origin === 'string') {
        return [
          finding('too-small', path, {
            nlWhat: 'de tekst is leeg',
            enWhat: 'the text is empty',
            nlHint: 'Schrijf de tekst, of laat het veld weg als het niet verplicht is.',
            enHint: 'Write the text, or leave out the field if it is optional.',
          }),
        ];
      }
      return [
        finding('too-small', path, {
          nlWhat: small
            ? `het getal moet minstens ${limit} zijn`
            : `het getal mag hoogstens ${limit} zijn`,
          enWhat: small
            ? `the number must be at least ${limit}`
            : `the number must be at most ${limit}`,
          nlHint: 'Pas het getal aan.',
          enHint: 'Change the number.',
        }),
      ];
    }
    case 'invalid_union': {
      const schema = schemaAt(path);
      const description = descriptionOf(schema) ?? '';
      const at = valueAt(data, path);
      const [nlGot, enGot] = KINDS[kindOf(at.value)] ?? ['iets anders', 'something else'];
      // Where one branch got further (an object with a wrong field), report that branch's issues.
      const deeper = issue.errors.find((branch) =>
        branch.some((inner) => inner.path.length > 0 || inner.code === 'unrecognized_keys'),
      );
      if (deeper) return deeper.flatMap((inner) => findingsForIssue(inner, data, path));
      if (description.startsWith('Text')) {
        return [
          finding('wrong-type', path, {
            nlExpected: TEXT_EXPECTED[0],
            enExpected: TEXT_EXPECTED[1],
            nlGot,
            enGot,
          }),
        ];
      }
      return [
        finding('wrong-type', path, {
          nlExpected: 'de naam van een scène of einde, of een lijst met `- if: ...` en `goto: ...`',
          enExpected: 'the name of a scene or ending, or a list of `- if: ...` and `goto: ...`',
          nlGot,
          enGot,
        }),
      ];
    }
    default:
      return [
        finding('wrong-type', path, {
          nlExpected: 'iets anders',
          enExpected: 'something else',
          nlGot: issue.message,
          enGot: issue.message,
        }),
      ];
  }
}

/**
 * One finding for a reflection question without an id, in place of every issue zod raises for it
 * (a plain text, or translations at the top, raise several): how to write the question instead.
 */
function reflectionQuestionWithoutId(path: Path, data: unknown): Finding | undefined {
  if (path[0] !== 'reflection' || typeof path[1] !== 'number') return undefined;
  const at = path.slice(0, 2);
  const { value } = valueAt(data, at);
  if (typeof value === 'string') return finding('reflection-no-id', at, { plain: true });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (Object.hasOwn(value, 'id')) return undefined;
  const plain = !Object.hasOwn(value, 'text') && ['nl', 'en'].some((l) => Object.hasOwn(value, l));
  return finding('reflection-no-id', at, { plain });
}
