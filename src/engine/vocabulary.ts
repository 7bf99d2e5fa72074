/** The closed vocabularies of the scenario format, apart from the schema so runtime code needs no zod. */
export const LANGUAGES = ['nl', 'en'] as const;
export const HIERARCHIES = ['emotional', 'responsibility', 'expertise'] as const;
export const VERDICTS = ['respects', 'strains', 'violates'] as const;
export const ROLES = ['pupil', 'parent', 'counsellor', 'teacher', 'other'] as const;
export const LEADERS = [
  'parents',
  'pupil',
  'counsellor',
  'teacher',
  'school',
  'protection',
] as const;
export const TONES = ['good', 'mixed', 'poor'] as const;

export type Language = (typeof LANGUAGES)[number];
export type Hierarchy = (typeof HIERARCHIES)[number];
export type VerdictKind = (typeof VERDICTS)[number];
export type Leader = (typeof LEADERS)[number];
export type Role = (typeof ROLES)[number];
export type Tone = (typeof TONES)[number];
