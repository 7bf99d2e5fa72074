/** Checks that every name used in a scenario is declared, and that the pieces fit together. */
import { SHARED_METERS } from '../meters.ts';
import type { Condition, ScenarioFile } from '../scenario.schema.ts';
import { closest, finding, type Finding } from './problem.ts';
import { conditionTree, conditionsOf, effectsOf, linesOf, routesOf } from './walk.ts';

const CONDITION_KINDS = ['flag', 'meter', 'chose', 'visited', 'all', 'any', 'not'] as const;

export function checkReferences(file: ScenarioFile): Finding[] {
  const found: Finding[] = [];
  const scenes = Object.keys(file.scenes);
  const endings = Object.keys(file.endings);
  const steps = [...scenes, ...endings];
  const cast = Object.keys(file.cast);
  const meters = Object.keys(file.meters ?? SHARED_METERS);
  const flags = file.flags ?? [];
  const options = Object.values(file.scenes).flatMap(
    (scene) => scene.choice?.options.map((o) => o.id) ?? [],
  );

  // Known names as sets: a 1,000-scene scenario looks up thousands of names.
  const known = new Map<string[], Set<string>>();
  const unknown = (
    code: 'unknown-scene' | 'unknown-speaker' | 'unknown-meter' | 'unknown-flag' | 'unknown-option',
    id: string,
    names: string[],
    path: (string | number)[],
    atKey = false,
  ) => {
    if (!known.has(names)) known.set(names, new Set(names));
    if (!known.get(names)?.has(id)) {
      found.push(finding(code, path, { id, suggestion: closest(id, names) }, { atKey }));
    }
  };
  // The start, and names shared between scenes, endings and options.
  if (endings.includes(file.start))
    found.push(finding('start-is-ending', ['start'], { id: file.start }));
  else unknown('unknown-scene', file.start, scenes, ['start']);
  for (const id of endings.filter((id) => scenes.includes(id))) {
    found.push(
      finding(
        'duplicate-id',
        ['endings', id],
        { id, nlOther: 'voor een scène', enOther: 'by a scene' },
        { atKey: true },
      ),
    );
  }
  const seenOptions = new Map<string, string>();
  for (const [sceneId, scene] of Object.entries(file.scenes)) {
    for (const [i, option] of (scene.choice?.options ?? []).entries()) {
      const earlier = seenOptions.get(option.id);
      if (earlier !== undefined) {
        found.push(
          finding('duplicate-id', ['scenes', sceneId, 'choice', 'options', i, 'id'], {
            id: option.id,
            nlOther: `in scène '${earlier}'`,
            enOther: `in scene '${earlier}'`,
          }),
        );
      }
      seenOptions.set(option.id, sceneId);
    }
  }

  // The cast: one trainee, at least one pupil; who is present and who speaks.
  const counsellors = Object.values(file.cast).filter((m) => m.role === 'counsellor').length;
  if (counsellors !== 1)
    found.push(finding('cast-counsellor', ['cast'], { count: counsellors }, { atKey: true }));
  if (!Object.values(file.cast).some((m) => m.role === 'pupil'))
    found.push(finding('cast-pupil', ['cast'], {}, { atKey: true }));
  const presentLists = [
    ...Object.entries(file.scenes).map(([id, s]) => ({
      list: s.present,
      path: ['scenes', id, 'present'],
    })),
    ...Object.entries(file.endings).map(([id, e]) => ({
      list: e.present ?? [],
      path: ['endings', id, 'present'],
    })),
  ];
  for (const { list, path } of presentLists)
    for (const [i, id] of list.entries()) unknown('unknown-speaker', id, cast, [...path, i]);
  for (const { value: line, path, present } of linesOf(file)) {
    if (line.speaker === undefined) continue;
    if (!Object.hasOwn(file.cast, line.speaker))
      unknown('unknown-speaker', line.speaker, cast, [...path, 'speaker']);
    else if (present && !present.includes(line.speaker)) {
      found.push(
        finding(
          'speaker-not-present',
          [...path, 'speaker'],
          { id: line.speaker },
          { severity: 'warning' },
        ),
      );
    }
  }

  // Scenes: a choice or a next; routes point at steps; a list of routes ends in a default.
  for (const [id, scene] of Object.entries(file.scenes)) {
    if (!scene.choice === (scene.next === undefined)) {
      found.push(
        finding('choice-or-next', ['scenes', id], { both: Boolean(scene.choice) }, { atKey: true }),
      );
    }
  }
  for (const { value: route, path } of routesOf(file)) {
    if (typeof route === 'string') {
      unknown('unknown-scene', route, steps, path);
      continue;
    }
    for (const [i, entry] of route.entries())
      unknown('unknown-scene', entry.goto, steps, [...path, i, 'goto']);
    if (route.at(-1)?.if !== undefined)
      found.push(finding('route-no-default', [...path, route.length - 1], {}));
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

  // Effects and conditions name declared meters, flags, options and steps.
  const flagsSet = new Set<string>();
  const flagsRead = new Map<string, (string | number)[]>();
  for (const { value: effects, path } of effectsOf(file)) {
    for (const id of Object.keys(effects.meters ?? {}))
      unknown('unknown-meter', id, meters, [...path, 'meters', id], true);
    for (const [id, value] of Object.entries(effects.flags ?? {})) {
      unknown('unknown-flag', id, flags, [...path, 'flags', id], true);
      if (value) flagsSet.add(id);
    }
  }
  for (const top of conditionsOf(file)) {
    for (const { value: condition, path } of conditionTree(top)) {
      found.push(...conditionShape(condition, path));
      if (condition.flag !== undefined) {
        unknown('unknown-flag', condition.flag, flags, [...path, 'flag']);
        flagsRead.set(condition.flag, [...path, 'flag']);
      }
      if (condition.meter !== undefined)
        unknown('unknown-meter', condition.meter, meters, [...path, 'meter']);
      if (condition.chose !== undefined)
        unknown('unknown-option', condition.chose, options, [...path, 'chose']);
      if (condition.visited !== undefined)
        unknown('unknown-scene', condition.visited, steps, [...path, 'visited']);
    }
  }
  for (const [flag, path] of flagsRead) {
    if (flags.includes(flag) && !flagsSet.has(flag))
      found.push(finding('flag-never-set', path, { id: flag }, { severity: 'warning' }));
  }
  for (const [i, flag] of flags.entries()) {
    if (!flagsSet.has(flag) && !flagsRead.has(flag))
      found.push(finding('flag-unused', ['flags', i], { id: flag }, { severity: 'warning' }));
  }
  return found;
}

function conditionShape(condition: Condition, path: (string | number)[]): Finding[] {
  const kinds = CONDITION_KINDS.filter((kind) => condition[kind] !== undefined);
  if (kinds.length !== 1) return [finding('condition-shape', path, { kinds: kinds.join(', ') })];
  const hasBound = condition.atLeast !== undefined || condition.atMost !== undefined;
  if (kinds[0] === 'meter' && !hasBound) return [finding('meter-condition-bound', path, {})];
  if (kinds[0] !== 'meter' && hasBound) return [finding('bound-without-meter', path, {})];
  return [];
}
