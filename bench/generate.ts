/**
 * A deterministic generator of a large two-language scenario for the engine benchmark, and its
 * translation to ink, so both engines run the same graph.
 *
 * The scenes stand in layers, one per week: option k of slot j leads to slot j+k of the next layer
 * (the last layer leads to the endings). Layers widen by two from the start scene up to WIDTH, so
 * every scene is reachable, every run ends, and a run is one scene per layer: about 100 choices
 * for 1,000 scenes, within the validator's RUN_LENGTH_LIMIT (a chain i → i+1 would not be).
 *
 * Conditions read just two flags: the graph exploration keys situations on what conditions read,
 * so this keeps it at most 4 situations per scene while the scenario still has meter effects,
 * delayed effects, flags, conditional lines, options and routes.
 *
 * The generated case passes the validator's domain checks too: options of a choice differ in their
 * verdicts, the fully respectful one is not the longest by rule, there are good, mixed and poor
 * endings, and a violation is only ever a last choice that ends badly (see VIOLATING).
 */
import { Document, isCollection, isPair, visit } from 'yaml';
import { resolveMeters } from '../src/engine/index.ts';
import { routeTargets } from '../src/engine/run.ts';
import type {
  Condition,
  Effects,
  Line,
  LocalizedText,
  Option,
  Route,
  ScenarioFile,
  Scene,
} from '../src/engine/index.ts';

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same file. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENDINGS = ['end_good', 'end_mixed', 'end_poor', 'end_open', 'end_closed'] as const;
const TONE_OF = ['good', 'mixed', 'poor'] as const;
/** The endings of tone good (every third from the first): no run with a violation may reach them. */
const ENDING_IDS = new Set<string>(ENDINGS);
const GOOD_ENDINGS = new Set<string>(ENDINGS.filter((_, e) => e % TONE_OF.length === 0));
type V = 'respects' | 'strains' | 'violates';
/**
 * Verdict profiles (emotional, responsibility, expertise). Six of each, with no profile in both
 * lists, so that three options in a row always differ. Violating ones go only to options whose
 * every route ends badly — the last layer's — as the validator forbids a violation that ends well.
 */
const NOT_VIOLATING: V[][] = [
  ['respects', 'respects', 'respects'],
  ['respects', 'strains', 'respects'],
  ['strains', 'respects', 'strains'],
  ['strains', 'strains', 'respects'],
  ['respects', 'respects', 'strains'],
  ['strains', 'strains', 'strains'],
];
const VIOLATING: V[][] = [
  ['violates', 'strains', 'respects'],
  ['respects', 'violates', 'strains'],
  ['strains', 'strains', 'violates'],
  ['violates', 'violates', 'strains'],
  ['strains', 'respects', 'violates'],
  ['respects', 'strains', 'violates'],
];
const METERS = [
  'loyaltyConflict',
  'parentTrust',
  'workingRelationship',
  'parentAgency',
  'attendance',
];
/** Flags read by conditions: the only ones that multiply the situations the validator explores. */
const READ_FLAGS = ['toldParents', 'metAlone'];
const SET_ONLY_FLAGS = ['askedTeacher', 'calledHome', 'sharedFile', 'plannedFollowUp'];

// Texts are a few words, to keep the file small: with 3 options and 9 bilingual verdict reasons
// per scene, 1,000 scenes still take about 1.7 MiB of YAML.
const SAYINGS: [string, string][] = [
  ['Wat vind jij?', 'What do you think?'],
  ['Ik bel thuis.', "I'll call home."],
  ['Dat is voor thuis.', "That's for home."],
  ['Samen een plan?', 'A plan together?'],
  ['Ik zeg het de mentor.', "I'll tell the mentor."],
  ['Je hoeft niet te kiezen.', "You needn't choose."],
];
const WHYS: [string, string][] = [
  ['Ouders aan zet.', 'Parents decide.'],
  ['Je neemt het over.', 'You take over.'],
  ['Kennis, geen oordeel.', 'Knowledge, no judgement.'],
  ['Kind kiest partij.', 'Child takes sides.'],
];
const LINES: [string, string][] = [
  ['Het gaat slecht thuis.', "It's bad at home."],
  ['Ik weet het niet.', "I don't know."],
  ['Mama zegt: valt mee.', "Mum says: it's fine."],
  ['Papa zwijgt erover.', 'Dad keeps quiet.'],
];

const t = (nl: string, en: string): LocalizedText => ({ nl, en });
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const pad = (i: number) => `s${String(i).padStart(4, '0')}`;
/** Scenes per layer (week) once the layers have widened. */
const WIDTH = 10;

/** A valid scenario with n scenes (3 options each) and five endings. */
export function generateScenario(n: number, seed = 1): ScenarioFile {
  const random = prng(seed);
  const roll = (k: number) => Math.floor(random() * k);
  const layers: { first: number; width: number }[] = [];
  for (let first = 0; first < n;) {
    const width = Math.min(n - first, WIDTH, 2 * layers.length + 1);
    layers.push({ first, width });
    first += width;
  }
  const where = (i: number) => {
    const layer = layers.findLastIndex((l) => l.first <= i);
    return { layer, slot: i - (layers[layer]?.first ?? 0) };
  };
  /** Where option k of scene i leads: k slots along in the next layer, or an ending after the last. */
  const target = (i: number, k: number) => {
    const { layer, slot } = where(i);
    const next = layers[layer + 1];
    return next ? pad(next.first + ((slot + k) % next.width)) : pick(ENDINGS, slot + k);
  };

  const scenes: Record<string, Scene> = {};
  for (let i = 0; i < n; i++) {
    const week = where(i).layer + 1;
    const parent = i % 2 ? 'father' : 'mother';
    const lines: Line[] = [
      { text: t(`Gesprek ${i}.`, `Meeting ${i}.`) },
      { speaker: 'pupil', text: t(...pick(LINES, roll(4))) },
    ];
    if (i % 2 === 0) lines.push({ speaker: parent, text: t(...pick(LINES, roll(4))) });
    if (i % 9 === 0)
      lines.push({
        speaker: 'pupil',
        if: { flag: 'toldParents' },
        text: t('Je hebt het ze verteld.', 'You told them.'),
      });
    if (i % 13 === 0)
      lines.push({
        if: { not: { flag: 'metAlone' } },
        text: t('Jullie spraken nog niet alleen.', "You haven't met alone yet."),
      });

    const options = [0, 1, 2].map((k): Option => {
      const meters: Record<string, number> = {
        [pick(METERS, roll(5))]: pick([-10, -5, 5, 10], roll(4)),
      };
      if (roll(2)) meters[pick(METERS, roll(5))] = pick([-5, 5], roll(2));
      const flags: Record<string, boolean> = {};
      if (k === 0 && i % 4 === 1) flags.toldParents = true;
      if (k === 1 && i % 6 === 2) flags.toldParents = false;
      if (k === 2 && i % 5 === 3) flags.metAlone = true;
      if (k === 0 && i % 10 === 7) flags.metAlone = false;
      if (i % 7 === k) flags[pick(SET_ONLY_FLAGS, i)] = true;
      const effects: Effects = Object.keys(flags).length ? { meters, flags } : { meters };

      let next: Route = target(i, k);
      // A conditional route's default is the option's own target, so conditions never cut a scene off.
      if (k === 2 && i % 10 === 5)
        next = [{ if: { flag: 'toldParents' }, goto: target(i, 0) }, { goto: target(i, 2) }];
      if (k === 1 && i % 20 === 11) {
        next = [
          {
            if: { all: [{ flag: 'metAlone' }, { not: { flag: 'toldParents' } }] },
            goto: target(i, 2),
          },
          { goto: target(i, 1) },
        ];
      }

      // Three options, three different profiles; a violation only where no good ending follows.
      const mayViolate = routeTargets(next).every(
        (id) => ENDING_IDS.has(id) && !GOOD_ENDINGS.has(id),
      );
      const profile = pick(mayViolate ? VIOLATING : NOT_VIOLATING, i + k);
      const verdict = (h: number) => ({
        verdict: profile[h] ?? 'respects',
        why: t(...pick(WHYS, roll(4))),
      });
      const option: Option = {
        id: `${pad(i)}-${'abc'[k]}`,
        text: t(...pick(SAYINGS, roll(6))),
        verdicts: { emotional: verdict(0), responsibility: verdict(1), expertise: verdict(2) },
        effects,
        next,
      };
      if (k === 1 && i % 25 === 10) option.if = { flag: 'metAlone' };
      if (k === 1 && i % 5 === 0)
        option.reaction = [{ speaker: 'pupil', text: t('Oké.', 'Okay.') }];
      if (k === 0 && i % 8 === 0) {
        option.later = [
          {
            weeks: 2,
            effects: { meters: { loyaltyConflict: 10 } },
            note: t('Het knaagt thuis.', 'It gnaws at home.'),
          },
        ];
      }
      return option;
    });

    scenes[pad(i)] = {
      title: t(`G${i}`, `M${i}`),
      week,
      ...(i % 10 === 0 ? { time: t('Dinsdag, na school', 'Tuesday, after school') } : {}),
      present: i % 2 === 0 ? ['pupil', 'counsellor', parent] : ['pupil', 'counsellor'],
      lines,
      choice: {
        ...(i % 5 === 0
          ? { prompt: t('Wat zeg je?', 'What do you say?'), matter: t('Huiswerk', 'Homework') }
          : {}),
        ...(i % 4 === 0 ? { leads: { expertise: 'counsellor' as const } } : {}),
        options,
      },
    };
  }

  const endings = Object.fromEntries(
    ENDINGS.map((id, e) => [
      id,
      {
        title: t(`Einde ${e + 1}`, `Ending ${e + 1}`),
        lines: [{ text: t('Het schooljaar is om.', 'The school year is over.') }],
        outcome: t('Zo staan de zaken ervoor.', 'This is how things stand.'),
        tone: pick(TONE_OF, e),
      },
    ]),
  );

  return {
    format: 1,
    id: 'bench',
    version: '1.0.0',
    languages: ['nl', 'en'],
    title: t('Benchmark', 'Benchmark'),
    summary: t('Een gegenereerd scenario.', 'A generated scenario.'),
    pupil: { name: 'Sam', age: 14, schoolYear: t('klas 2', 'year 2') },
    setting: t('Middelbare school', 'Secondary school'),
    learningGoals: [t('Meten hoe snel de engine is.', 'Measure how fast the engine is.')],
    estimatedMinutes: 240,
    cast: {
      pupil: { name: 'Sam', role: 'pupil' },
      mother: { name: 'Moeder', role: 'parent' },
      father: { name: 'Vader', role: 'parent' },
      counsellor: { name: 'Mevrouw Jansen', role: 'counsellor' },
    },
    meters: {
      loyaltyConflict: {},
      parentTrust: { start: 55 },
      workingRelationship: {},
      parentAgency: {},
      attendance: { label: t('Aanwezigheid', 'Attendance'), start: 80 },
    },
    flags: [...READ_FLAGS, ...SET_ONLY_FLAGS],
    start: pad(0),
    scenes,
    endings,
    reflection: [{ id: 'on-top', text: t('Wie stond er bovenaan?', 'Who was on top?') }],
  };
}

/** YAML text of a scenario: texts, lines, verdicts and effects in flow style, to keep it compact. */
export function toYaml(file: ScenarioFile): string {
  const doc = new Document(file);
  const depth = (node: unknown): number =>
    isCollection(node)
      ? 1 + Math.max(0, ...node.items.map((item) => depth(isPair(item) ? item.value : item)))
      : 0;
  visit(doc, {
    Collection(_, node) {
      if (depth(node) <= 3) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const NOTHING_DUE = 9999;

/**
 * The same graph as ink: a knot per scene and ending, meters and flags as VARs, conditions as ink
 * conditionals. ink has no delayed effects, so one pending amount per meter with the earliest due
 * week stands in for them (a knot lands them on entry when due): comparable work, not an exact
 * model. Each knot prints its id first, so a walk's path can be read from the output.
 */
export function toInk(file: ScenarioFile, lang: 'nl' | 'en' = 'en'): string {
  const meters = resolveMeters(file.meters);
  const text = (value: LocalizedText) =>
    (typeof value === 'string' ? value : (value[lang] ?? '')).replace(/[#{}|[\]\\~]|\/\//g, '\\$&');
  // A bare name in parentheses would be an ink list literal: only compound parts get them.
  const part = (c: Condition) => (c.flag !== undefined ? c.flag : `(${cond(c)})`);
  const cond = (c: Condition): string => {
    if (c.flag !== undefined) return c.flag;
    if (c.not) return `not ${part(c.not)}`;
    if (c.all) return c.all.map(part).join(' and ');
    if (c.any) return c.any.map(part).join(' or ');
    if (c.meter !== undefined) {
      return [
        c.atLeast !== undefined && `${c.meter} >= ${c.atLeast}`,
        c.atMost !== undefined && `${c.meter} <= ${c.atMost}`,
      ]
        .filter(Boolean)
        .join(' and ');
    }
    throw new Error(`no ink for condition ${JSON.stringify(c)}`);
  };
  const name = (speaker: string | undefined) => (speaker ? `${file.cast[speaker]?.name}: ` : '');
  const line = (l: Line, indent: string) =>
    l.if
      ? [
          `${indent}{ ${cond(l.if)}:`,
          `${indent}    ${name(l.speaker)}${text(l.text)}`,
          `${indent}}`,
        ]
      : [`${indent}${name(l.speaker)}${text(l.text)}`];
  const add = (meter: string, amount: string) => {
    const m = meters[meter];
    if (!m) throw new Error(`unknown meter ${meter}`);
    return `~ ${meter} = MIN(MAX(${meter} + ${amount}, ${m.min}), ${m.max})`;
  };
  const divert = (route: Route, indent: string) =>
    typeof route === 'string'
      ? [`${indent}-> ${route}`]
      : [
          `${indent}{`,
          ...route.map((r) => `${indent}- ${r.if ? cond(r.if) : 'else'}: -> ${r.goto}`),
          `${indent}}`,
        ];

  const out = [
    ...Object.values(meters).flatMap((m) => [
      `VAR ${m.id} = ${m.start}`,
      `VAR pending_${m.id} = 0`,
    ]),
    ...(file.flags ?? []).map((f) => `VAR ${f} = false`),
    'VAR week = 0',
    `VAR due = ${NOTHING_DUE}`,
    `-> ${file.start}`,
    '',
    '=== function land() ===',
    ...Object.keys(meters).flatMap((m) => [add(m, `pending_${m}`), `~ pending_${m} = 0`]),
    `~ due = ${NOTHING_DUE}`,
  ];
  for (const [id, scene] of Object.entries(file.scenes)) {
    out.push(
      '',
      `=== ${id} ===`,
      `~ week = MAX(week, ${scene.week})`,
      '{ week >= due:',
      '    ~ land()',
      '}',
      `${id} — ${text(scene.title)}`,
    );
    for (const l of scene.lines ?? []) out.push(...line(l, ''));
    if (!scene.choice) {
      out.push(...divert(scene.next ?? 'END', ''));
      continue;
    }
    for (const option of scene.choice.options) {
      out.push(`+ ${option.if ? `{${cond(option.if)}} ` : ''}${text(option.text)}`);
      for (const [meter, amount] of Object.entries(option.effects?.meters ?? {}))
        out.push(`    ${add(meter, String(amount))}`);
      for (const [flag, value] of Object.entries(option.effects?.flags ?? {}))
        out.push(`    ~ ${flag} = ${value}`);
      for (const later of option.later ?? []) {
        if (later.effects.flags) throw new Error('delayed flags are not modelled in ink');
        out.push(`    ~ due = MIN(due, week + ${later.weeks})`);
        for (const [meter, amount] of Object.entries(later.effects.meters ?? {}))
          out.push(`    ~ pending_${meter} = pending_${meter} + ${amount}`);
      }
      for (const l of option.reaction ?? []) out.push(...line(l, '    '));
      out.push(...divert(option.next, '    '));
    }
  }
  for (const [id, ending] of Object.entries(file.endings)) {
    out.push('', `=== ${id} ===`, '~ land()', `${id} — ${text(ending.title)}`);
    for (const l of ending.lines ?? []) out.push(...line(l, ''));
    out.push(text(ending.outcome), '-> END');
  }
  return out.join('\n') + '\n';
}
