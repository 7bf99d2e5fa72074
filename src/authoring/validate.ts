import { normalizeScenario, type Scenario } from '../engine/scenario.ts';
import { ScenarioSchema, type Language } from '../engine/scenario.schema.ts';
import { checkDiscussion } from './check-discussion.ts';
import { checkEndingTones } from './check-ending-tones.ts';
import { checkExplored } from './check-graph.ts';
import { checkLengthTell } from './check-length-tell.ts';
import { checkReferences } from './check-references.ts';
import { checkReflection } from './check-reflection.ts';
import { checkSameVerdicts } from './check-same-verdicts.ts';
import { checkTranslations } from './check-translations.ts';
import { checkViolationPaths } from './check-violation-paths.ts';
import { describe, finding, type Finding, type Path, type Problem } from './problem.ts';
import { findingsForIssue } from './schema-issues.ts';
import { explore } from './situations.ts';
import { MAX_SCENARIO_BYTES } from './limits.ts';
import { describeWhere } from './where.ts';
import { offsetOf, parseYamlSource, positionOf, type YamlSource } from './yaml-source.ts';

export { MAX_SCENARIO_BYTES };

export interface ValidationResult {
  /** The scenario, when it has no errors (warnings allowed). */
  scenario?: Scenario;
  /**
   * A scenario of the right shape whose names or paths are wrong (an unreachable scene, a dead
   * end): never to be played, but an author can see it on the map with the problems marked.
   */
  draft?: Scenario;
  problems: Problem[];
}

export interface ValidateOptions {
  /** The language of the messages. */
  lang?: Language;
}

/** A file's text parsed as YAML, with positions kept for reporting; or why it could not be. */
export type ParsedText = { source: YamlSource; problems?: undefined } | { problems: Problem[] };

/** Parse and check a scenario file's text: a typed Scenario, or the problems in it. */
export function validateScenarioText(
  text: string,
  file: string,
  options: ValidateOptions = {},
): ValidationResult {
  const parsed = parseScenarioText(text, file, options);
  return parsed.problems
    ? { problems: parsed.problems }
    : checkScenarioSource(parsed.source, file, options);
}

/**
 * Check a file as it comes from a disk or a browser's file input: refused before decoding when it
 * is too large, binary, or not UTF-8 text; then checked as text.
 */
export function validateScenarioFile(
  bytes: Uint8Array,
  file: string,
  options: ValidateOptions = {},
): ValidationResult {
  const lang = options.lang ?? 'nl';
  const refuse = (found: Finding) => ({ problems: [placeless(found, file, lang)] });
  if (bytes.length > MAX_SCENARIO_BYTES)
    return refuse(finding('file-too-large', [], { size: bytes.length, limit: MAX_SCENARIO_BYTES }));
  // UTF-16 (as Windows Notepad once saved "Unicode") starts with a byte-order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return refuse(finding('file-encoding', [], { encoding: 'UTF-16' }));
  if (bytes.subarray(0, 8192).includes(0)) return refuse(finding('file-binary', [], {}));
  let text: string;
  try {
    // A leading UTF-8 byte-order mark is dropped (ignoreBOM: false).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(finding('file-encoding', [], {}));
  }
  return validateScenarioText(text, file, options);
}

/** The first step of validation: size, YAML syntax, a set of fields at the top. */
export function parseScenarioText(
  text: string,
  file: string,
  options: ValidateOptions = {},
): ParsedText {
  const lang = options.lang ?? 'nl';
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_SCENARIO_BYTES) {
    return {
      problems: [
        placeless(finding('file-too-large', [], { size, limit: MAX_SCENARIO_BYTES }), file, lang),
      ],
    };
  }
  const { source, syntax } = parseYamlSource(text);
  const firstSyntaxError = syntax[0];
  if (firstSyntaxError) {
    // Later syntax errors are mostly echoes of the first one: report that one alone.
    const { finding: f, offset } = firstSyntaxError;
    return { problems: [{ ...toProblem(f, file, lang, source), ...positionOf(source, offset) }] };
  }
  if (source.data === undefined || source.data === null) {
    return { problems: [toProblem(finding('file-empty', [], {}), file, lang, source)] };
  }
  if (typeof source.data !== 'object' || Array.isArray(source.data)) {
    return { problems: [toProblem(finding('not-a-mapping', [], {}), file, lang, source)] };
  }
  return { source };
}

/** The second step: the schema, names and translations, then the graph of every playthrough. */
export function checkScenarioSource(
  source: YamlSource,
  file: string,
  options: ValidateOptions = {},
): ValidationResult {
  const lang = options.lang ?? 'nl';
  const place = (found: Finding[]) =>
    found.map((f) => toProblem(f, file, lang, source)).sort(byPosition);
  const parsed = ScenarioSchema.safeParse(source.data);
  if (!parsed.success) {
    const findings = parsed.error.issues.flatMap((issue) => findingsForIssue(issue, source.data));
    return { problems: place(distinct(findings)) };
  }
  const found = [
    ...checkReferences(parsed.data),
    ...checkReflection(parsed.data),
    ...checkTranslations(parsed.data),
    // After the translation check: at one place, its error comes before a length warning.
    ...checkDiscussion(parsed.data),
    // The domain checks: does the case teach? (a tell in the lengths, a choice with nothing to
    // weigh, endings without contrast)
    ...checkLengthTell(parsed.data),
    ...checkSameVerdicts(parsed.data),
    ...checkEndingTones(parsed.data),
  ];
  const scenario = normalizeScenario(parsed.data);
  // The graph can only be explored once every name refers to something. One exploration serves
  // the graph checks and the domain check that no run with a violation ends well.
  if (!found.some((f) => (f.severity ?? 'error') === 'error')) {
    const explored = explore(scenario);
    found.push(...checkExplored(scenario, explored));
    if (explored) found.push(...checkViolationPaths(scenario, explored));
  }
  const problems = place(found);
  return problems.some((p) => p.severity === 'error')
    ? { problems, draft: scenario }
    : { scenario, problems };
}

function toProblem(found: Finding, file: string, lang: Language, source: YamlSource): Problem {
  const optionId = (path: Path) => {
    let value: unknown = source.data;
    for (const step of path)
      value = (value as Record<string | number, unknown> | undefined)?.[step];
    const id = (value as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? id : undefined;
  };
  const { message, hint } = describe(found, lang, describeWhere(found.path, lang, optionId));
  return {
    severity: found.severity ?? 'error',
    code: found.code,
    file,
    ...positionOf(source, offsetOf(source, found.path, found.atKey)),
    message,
    hint,
    path: found.path,
  };
}

function placeless(found: Finding, file: string, lang: Language): Problem {
  const { message, hint } = describe(found, lang, '');
  return { severity: 'error', code: found.code, file, line: 1, column: 1, message, hint, path: [] };
}

/** Findings with the same code at the same place said once: several issues can make one finding. */
function distinct(found: Finding[]): Finding[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = JSON.stringify([f.code, f.path]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column;
}
