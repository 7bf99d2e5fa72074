import { clamp, type MeterDefinition } from './meters.ts';
import type { Effects } from './scenario.schema.ts';
import type { RunContext } from './run.types.ts';

/** Apply effects: meter changes are added and kept within each meter's bounds. */
export function applyEffects(
  run: RunContext,
  effects: Effects | undefined,
  meters: Record<string, MeterDefinition>,
): RunContext {
  if (!effects) return run;
  const nextMeters = { ...run.meters };
  for (const [id, change] of Object.entries(effects.meters ?? {})) {
    const def = meters[id];
    if (!def) continue; // the validator reports unknown meters; a run ignores them
    nextMeters[id] = clamp((nextMeters[id] ?? def.start) + change, def.min, def.max);
  }
  return { ...run, meters: nextMeters, flags: { ...run.flags, ...effects.flags } };
}
