/**
 * The scenario format, defined once: the runtime validation and the published JSON Schema
 * (docs/scenario.schema.json) are both generated from these definitions.
 */
import * as z from 'zod';

import {
  HIERARCHIES,
  LANGUAGES,
  LEADERS,
  ROLES,
  TONES,
  VERDICTS,
  type Hierarchy,
} from './vocabulary.ts';

const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, {
    error: 'a name starts with a letter and holds only letters, digits, - and _',
  })
  .describe('A name used to refer to this item: letters, digits, - and _.');

export const LocalizedTextSchema = z
  // Translations first: most texts have them, and a union tries its members in order.
  .union([
    z.strictObject({ nl: z.string().min(1).optional(), en: z.string().min(1).optional() }),
    z.string().min(1),
  ])
  .describe('Text: a plain string in a one-language scenario, or translations as nl: and en:.');

/** Conditions are a closed, structured language: data, never code. One kind per object. */
export interface Condition {
  flag?: string;
  meter?: string;
  atLeast?: number;
  atMost?: number;
  chose?: string;
  visited?: string;
  violated?: Hierarchy | 'any';
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
}

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      flag: id.optional().describe('True when this flag is set.'),
      meter: id.optional().describe('A meter to compare; give atLeast and/or atMost.'),
      atLeast: z.number().optional(),
      atMost: z.number().optional(),
      chose: id.optional().describe('True when the trainee chose the option with this id.'),
      visited: id.optional().describe('True when the run has been in this scene.'),
      violated: z
        .enum(['any', ...HIERARCHIES])
        .optional()
        .describe(
          'True when a choice so far violates this hierarchy (any: one of the three). Keeps a good ending for paths without a violation.',
        ),
      all: z.array(ConditionSchema).min(1).optional().describe('True when every part is true.'),
      any: z.array(ConditionSchema).min(1).optional().describe('True when one part is true.'),
      not: ConditionSchema.optional().describe('True when the part is false.'),
    })
    .describe('A condition: exactly one of flag, meter, chose, visited, violated, all, any, not.'),
);

export const EffectsSchema = z
  .strictObject({
    meters: z
      .record(id, z.number().int())
      .optional()
      .describe('Change meters by an amount, e.g. parentTrust: -10.'),
    flags: z
      .record(id, z.boolean())
      .optional()
      .describe('Set flags to true or false, e.g. talkedAboutDivorce: true.'),
  })
  .describe('What a choice changes.');

export const LineSchema = z
  .strictObject({
    speaker: id.optional().describe('Who speaks (a cast member); leave out for narration.'),
    text: LocalizedTextSchema,
    if: ConditionSchema.optional().describe('Show this line only when the condition holds.'),
  })
  .describe('A line in the conversation.');

const RouteSchema = z.union([
  id.describe('The scene or ending that comes next.'),
  z
    .array(
      z.strictObject({
        if: ConditionSchema.optional(),
        goto: id.describe('The scene or ending to go to.'),
      }),
    )
    .min(1)
    .describe('The first entry whose condition holds is taken; the last entry has no if.'),
]);

export const VerdictSchema = z.strictObject({
  verdict: z.enum(VERDICTS).describe('respects, strains or violates'),
  why: LocalizedTextSchema.describe('One sentence: why this response has this verdict.'),
});

export const DelayedEffectSchema = z
  .strictObject({
    weeks: z.number().int().min(1).describe('How many weeks later this lands.'),
    effects: EffectsSchema,
    note: LocalizedTextSchema.describe('What the trainee sees when it lands.'),
  })
  .describe('A consequence that lands in a later week.');

export const OptionSchema = z
  .strictObject({
    id: id.describe('A name for this option, unique in the scenario.'),
    text: LocalizedTextSchema.describe('What the counsellor says or does.'),
    if: ConditionSchema.optional().describe('Offer this option only when the condition holds.'),
    reaction: z.array(LineSchema).optional().describe('Lines spoken right after this choice.'),
    verdicts: z
      .strictObject({
        emotional: VerdictSchema,
        responsibility: VerdictSchema,
        expertise: VerdictSchema,
      })
      .describe('The verdict for each of the three hierarchies.'),
    effects: EffectsSchema.optional(),
    later: z.array(DelayedEffectSchema).optional(),
    next: RouteSchema,
  })
  .describe('A response the trainee can choose.');

export const ChoiceSchema = z.strictObject({
  prompt: LocalizedTextSchema.optional().describe('The question before the options.'),
  matter: LocalizedTextSchema.optional().describe('The matter at hand, for the hierarchy lens.'),
  leads: z
    .strictObject({
      emotional: z.enum(LEADERS).optional(),
      responsibility: z.enum(LEADERS).optional(),
      expertise: z.enum(LEADERS).optional(),
    })
    .optional()
    .describe('Who is on top of each hierarchy for this matter (default: parents, parents).'),
  discuss: z
    .array(LocalizedTextSchema)
    .min(1)
    .optional()
    .describe('Questions a facilitator puts to the room before it votes on this choice.'),
  options: z.array(OptionSchema).min(1),
});

export const SceneSchema = z
  .strictObject({
    title: LocalizedTextSchema,
    week: z.number().int().min(0).describe('The week this scene happens in (1 = the first).'),
    time: LocalizedTextSchema.optional().describe('e.g. "Tuesday, after school".'),
    place: LocalizedTextSchema.optional(),
    present: z.array(id).min(1).describe('Who is in the room (cast names).'),
    lines: z.array(LineSchema).optional(),
    choice: ChoiceSchema.optional(),
    next: RouteSchema.optional().describe('For a scene without a choice: where it continues.'),
  })
  .describe('A scene: a moment in time with people in a room.');

export const EndingSchema = z
  .strictObject({
    title: LocalizedTextSchema,
    week: z.number().int().min(0).optional(),
    present: z.array(id).optional(),
    lines: z.array(LineSchema).optional(),
    outcome: LocalizedTextSchema.describe('How things stand at the end, for the debrief.'),
    tone: z.enum(TONES).describe('good, mixed or poor'),
  })
  .describe('An ending of the scenario.');

export const ReflectionQuestionSchema = z
  .strictObject({
    id: id.describe('A name for this question, unique in the scenario: answers are kept under it.'),
    text: LocalizedTextSchema.describe('The question.'),
    if: ConditionSchema.optional().describe(
      'Ask this question only when the condition holds at the end of the run.',
    ),
    about: id
      .optional()
      .describe('The scene whose choice this question reflects on: asked only when it was chosen.'),
  })
  .describe('A question for the debrief.');

export const MeterSettingsSchema = z.strictObject({
  label: LocalizedTextSchema.optional(),
  description: LocalizedTextSchema.optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  start: z.number().int().optional(),
  better: z.enum(['higher', 'lower']).optional(),
});

export const CastMemberSchema = z.strictObject({
  name: z.string().min(1).describe('The name shown in the conversation.'),
  role: z.enum(ROLES),
  description: LocalizedTextSchema.optional(),
});

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(1).describe('The version of this file format: 1.'),
    id: id.describe('A short name for the scenario, e.g. saskia.'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, { error: 'a version looks like 1.0.0' })
      .describe('The version of this scenario, e.g. 1.0.0.'),
    languages: z.array(z.enum(LANGUAGES)).min(1),
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    pupil: z.strictObject({
      name: z.string().min(1),
      age: z.number().int().min(3).max(20),
      schoolYear: LocalizedTextSchema,
      schoolType: LocalizedTextSchema.optional(),
    }),
    setting: LocalizedTextSchema,
    learningGoals: z.array(LocalizedTextSchema).min(1),
    estimatedMinutes: z.number().int().min(1).max(240),
    author: z.string().optional(),
    cast: z.record(id, CastMemberSchema),
    meters: z.record(id, z.union([MeterSettingsSchema, z.null()])).optional(),
    flags: z.array(id).optional().describe('The flags this scenario uses.'),
    start: id.describe('The scene the scenario starts with.'),
    scenes: z.record(id, SceneSchema),
    endings: z.record(id, EndingSchema),
    reflection: z
      .array(ReflectionQuestionSchema)
      .optional()
      .describe('Questions for the debrief, each asked only on the paths it fits.'),
  })
  .describe('A Driehoek scenario.');

export type { Hierarchy, Language, Leader, VerdictKind } from './vocabulary.ts';
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Effects = z.infer<typeof EffectsSchema>;
export type Line = z.infer<typeof LineSchema>;
export type Route = z.infer<typeof RouteSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type DelayedEffect = z.infer<typeof DelayedEffectSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type Scene = z.infer<typeof SceneSchema>;
export type Ending = z.infer<typeof EndingSchema>;
export type ReflectionQuestion = z.infer<typeof ReflectionQuestionSchema>;
export type MeterSettings = z.infer<typeof MeterSettingsSchema>;
export type CastMember = z.infer<typeof CastMemberSchema>;
export type ScenarioFile = z.infer<typeof ScenarioSchema>;
