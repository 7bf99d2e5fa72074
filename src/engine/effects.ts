import { clamp, type MeterDefinition } from './meters.ts';
import type { Effects } from './scenario.schema.ts';
import type { RunContext } from './run.types.ts';

/**
 * Apply effects: meter changes are added and kept within each meter's bounds. What the effects
 * leave alone is shared with the run before, not copied: runs are never changed in place.
 */
export function applyEffects(
  run: RunContext,
  effects: Effects | undefined,
  meters: Record<string, MeterDefinition>,
): RunContext {
  if (!effects) return run;
  return {
    ...run,
    meters: effects.meters ? changedMeters(run.meters, effects.meters, meters) : run.meters,
    flags: effects.flags ? { ...run.flags, ...effects.flags } : run.flags,
  };
}

function changedMeters(
  current: Record<string, number>,
  changes: Record<string, number>,
  meters: Record<string, MeterDefinition>,
): Record<string, number> {
  const next = { ...current };
  for (const id in changes) {
    const def = meters[id];
    if (!def) continue; // the validator reports unknown meters; a run ignores them
    next[id] = clamp((next[id] ?? def.start) + (changes[id] ?? 0), def.min, def.max);
  }
  return next;
}
