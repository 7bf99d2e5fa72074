/** Checks that every name used in a scenario is declared, and that the pieces fit together. */
import { SHARED_METERS } from '../engine/meters.ts';
import type { Condition, ScenarioFile } from '../engine/scenario.schema.ts';
import { closest, finding, type Finding, type Path } from './problem.ts';
import { walkScenario, type PathHere } from './walk.ts';

const CONDITION_KINDS = [
  'flag',
  'meter',
  'chose',
  'visited',
  'violated',
  'all',
  'any',
  'not',
] as const;

export function checkReferences(file: ScenarioFile): Finding[] {
  const found: Finding[] = [];
  // Known names as sets: a 1,000-scene scenario looks up thousands of names.
  const scenes = new Set(Object.keys(file.scenes));
  const endings = new Set(Object.keys(file.endings));
  const steps = new Set([...scenes, ...endings]);
  const cast = new Set(Object.keys(file.cast));
  const meters = new Set(Object.keys(file.meters ?? SHARED_METERS));
  const flags = new Set(file.flags ?? []);
  const options = new Set<string>();
  const unknown = (
    code: 'unknown-scene' | 'unknown-speaker' | 'unknown-meter' | 'unknown-flag' | 'unknown-option',
    id: string,
    names: Set<string>,
    path: Path,
    atKey = false,
  ) => found.push(finding(code, path, { id, suggestion: closest(id, names) }, { atKey }));

  // The start, and names shared between scenes, endings and options.
  if (endings.has(file.start))
    found.push(finding('start-is-ending', ['start'], { id: file.start }));
  else if (!scenes.has(file.start)) unknown('unknown-scene', file.start, scenes, ['start']);
  for (const id of endings) {
    if (!scenes.has(id)) continue;
    found.push(
      finding(
        'duplicate-id',
        ['endings', id],
        { id, nlOther: 'voor een scène', enOther: 'by a scene' },
        { atKey: true },
      ),
    );
  }
  const sceneOfOption = new Map<string, string>();
  for (const [sceneId, scene] of Object.entries(file.scenes)) {
    for (const [i, option] of (scene.choice?.options ?? []).entries()) {
      const earlier = sceneOfOption.get(option.id);
      if (earlier !== undefined) {
        found.push(
          finding('duplicate-id', ['scenes', sceneId, 'choice', 'options', i, 'id'], {
            id: option.id,
            nlOther: `in scène '${earlier}'`,
            enOther: `in scene '${earlier}'`,
          }),
        );
      }
      sceneOfOption.set(option.id, sceneId);
      options.add(option.id);
    }
    // Scenes: a choice or a next.
    if (!scene.choice === (scene.next === undefined)) {
      found.push(
        finding(
          'choice-or-next',
          ['scenes', sceneId],
          { both: Boolean(scene.choice) },
          { atKey: true },
        ),
      );
    }
  }

  // The cast: one trainee, at least one pupil; who is present.
  const roles = Object.values(file.cast).map((member) => member.role);
  const counsellors = roles.filter((role) => role === 'counsellor').length;
  if (counsellors !== 1)
    found.push(finding('cast-counsellor', ['cast'], { count: counsellors }, { atKey: true }));
  if (!roles.includes('pupil')) found.push(finding('cast-pupil', ['cast'], {}, { atKey: true }));
  for (const [kind, byId] of [
    ['scenes', file.scenes],
    ['endings', file.endings],
  ] as const) {
    for (const [id, step] of Object.entries(byId)) {
      for (const [i, who] of (step.present ?? []).entries())
        if (!cast.has(who)) unknown('unknown-speaker', who, cast, [kind, id, 'present', i]);
    }
  }

  // Meters: shared ones or labelled; sensible bounds.
  for (const [id, settings] of Object.entries(file.meters ?? {})) {
    const shared = SHARED_METERS[id];
    if (!shared && !settings?.label) {
      found.push(
        finding(
          'meter-label',
          ['meters', id],
          { id, shared: Object.keys(SHARED_METERS).join(', ') },
          { atKey: true },
        ),
      );
    }
    const min = settings?.min ?? shared?.min ?? 0;
    const max = settings?.max ?? shared?.max ?? 100;
    const start = settings?.start ?? shared?.start ?? min;
    if (!(min < max && min <= start && start <= max))
      found.push(finding('meter-bounds', ['meters', id], { min, max, start }, { atKey: true }));
  }

  // Who speaks; where routes lead; the names effects and conditions use.
  const flagsSet = new Set<string>();
  const flagsRead = new Map<string, Path>();
  walkScenario(file, {
    line: (line, present, here) => {
      if (line.speaker === undefined) return;
      if (!cast.has(line.speaker)) unknown('unknown-speaker', line.speaker, cast, here('speaker'));
      else if (present && !present.includes(line.speaker)) {
        found.push(
          finding(
            'speaker-not-present',
            here('speaker'),
            { id: line.speaker },
            { severity: 'warning' },
          ),
        );
      }
    },
    route: (route, here) => {
      if (typeof route === 'string') {
        if (!steps.has(route)) unknown('unknown-scene', route, steps, here());
        return;
      }
      for (const [i, entry] of route.entries())
        if (!steps.has(entry.goto)) unknown('unknown-scene', entry.goto, steps, here(i, 'goto'));
      // A list of routes ends in a default.
      if (route.at(-1)?.if !== undefined)
        found.push(finding('route-no-default', here(route.length - 1), {}));
    },
    effects: (effects, here) => {
      for (const id in effects.meters)
        if (!meters.has(id)) unknown('unknown-meter', id, meters, here('meters', id), true);
      for (const id in effects.flags) {
        if (!flags.has(id)) unknown('unknown-flag', id, flags, here('flags', id), true);
        if (effects.flags[id]) flagsSet.add(id);
      }
    },
    condition: (condition, here) => {
      const shape = conditionShape(condition, here);
      if (shape) found.push(shape);
      if (condition.flag !== undefined) {
        if (!flags.has(condition.flag))
          unknown('unknown-flag', condition.flag, flags, here('flag'));
        // A flag read but never set is reported at its first read.
        if (!flagsRead.has(condition.flag)) flagsRead.set(condition.flag, here('flag'));
      }
      if (condition.meter !== undefined && !meters.has(condition.meter))
        unknown('unknown-meter', condition.meter, meters, here('meter'));
      if (condition.chose !== undefined && !options.has(condition.chose))
        unknown('unknown-option', condition.chose, options, here('chose'));
      if (condition.visited !== undefined && !steps.has(condition.visited))
        unknown('unknown-scene', condition.visited, steps, here('visited'));
    },
  });
  for (const [flag, path] of flagsRead) {
    if (flags.has(flag) && !flagsSet.has(flag))
      found.push(finding('flag-never-set', path, { id: flag }, { severity: 'warning' }));
  }
  for (const [i, flag] of (file.flags ?? []).entries()) {
    if (!flagsSet.has(flag) && !flagsRead.has(flag))
      found.push(finding('flag-unused', ['flags', i], { id: flag }, { severity: 'warning' }));
  }
  return found;
}

/** What is wrong with a condition's shape, if anything. */
function conditionShape(condition: Condition, here: PathHere): Finding | undefined {
  const kinds = CONDITION_KINDS.filter((kind) => condition[kind] !== undefined);
  if (kinds.length !== 1) return finding('condition-shape', here(), { kinds: kinds.join(', ') });
  const hasBound = condition.atLeast !== undefined || condition.atMost !== undefined;
  if (kinds[0] === 'meter' && !hasBound) return finding('meter-condition-bound', here(), {});
  if (kinds[0] !== 'meter' && hasBound) return finding('bound-without-meter', here(), {});
  return undefined;
}
