/**
 * The shape of a saved flow, every field typed: a save edited by hand or damaged in storage or on
 * the wire is refused here, before any of it reaches the machine or the screens. What the shape
 * cannot say (ids of this case, lines of this step) is checked in save-check.ts.
 * zod/mini, like the engine's run saves, keeps the room's chunk small.
 */
import * as z from 'zod/mini';
import { HIERARCHIES, VERDICTS } from '../engine/index.ts';
import { PHASES } from './flow.types.ts';

const count = z.int().check(z.nonnegative());
const ms = z.number().check(z.nonnegative());
/** Texts come from the case; checked loosely, enough that localizing them cannot fail. */
const text = z.union([
  z.string(),
  z.strictObject({ nl: z.optional(z.string()), en: z.optional(z.string()) }),
]);
const effects = z.strictObject({
  meters: z.optional(z.record(z.string(), z.number())),
  flags: z.optional(z.record(z.string(), z.boolean())),
});
const verdict = z.strictObject({ verdict: z.enum(VERDICTS), why: text });
const verdicts = z.strictObject({
  emotional: verdict,
  responsibility: verdict,
  expertise: verdict,
});

const pending = {
  fromChoice: count,
  dueWeek: count,
  effects,
  note: text,
};

const RunSchema = z.strictObject({
  meters: z.record(z.string(), z.number()),
  flags: z.record(z.string(), z.boolean()),
  week: count,
  pending: z.array(z.strictObject(pending)),
  landed: z.array(
    z.strictObject({ ...pending, landedIn: z.string(), landedAt: count, landedWeek: count }),
  ),
  history: z.array(
    z.strictObject({
      index: count,
      scene: z.string(),
      option: z.string(),
      week: count,
      verdicts,
      metersAfter: z.record(z.string(), z.number()),
    }),
  ),
  timeline: z.array(
    z.strictObject({
      step: z.string(),
      week: count,
      meters: z.record(z.string(), z.number()),
      flags: z.record(z.string(), z.boolean()),
    }),
  ),
});

const VotesSchema = z.strictObject({
  counts: z.record(z.string(), count),
  source: z.enum(['hands', 'phones']),
});

const ChoiceSchema = z.strictObject({
  scene: z.string(),
  offered: z.array(z.string()),
  votes: VotesSchema,
  option: z.string(),
  decidedBy: z.enum(['majority', 'facilitator']),
  verdicts,
  runBefore: RunSchema,
});

/** A position in the flow without its phase: the context's own fields, and each of `past`'s. */
const position = {
  at: z.string(),
  run: RunSchema,
  linesShown: count,
  votes: z.nullable(VotesSchema),
  revealed: z.int().check(z.minimum(0), z.maximum(HIERARCHIES.length)),
  choices: z.array(ChoiceSchema),
  earlierPaths: z.array(z.strictObject({ choices: z.array(ChoiceSchema), leftAt: z.string() })),
};

export const FLOW_SAVE_VERSION = 1;

const phase = z.enum(PHASES);

export const FlowSaveSchema = z.strictObject({
  version: z.literal(FLOW_SAVE_VERSION),
  phase,
  context: z.strictObject({
    ...position,
    scenarioId: z.string(),
    past: z.array(z.strictObject({ ...position, phase })),
    timer: z.strictObject({
      durationMs: ms,
      elapsedMs: ms,
      runningSince: z.nullable(z.number()),
    }),
    blackout: z.boolean(),
    help: z.boolean(),
  }),
});
