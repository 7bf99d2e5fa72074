/** Walks over the parts of a scenario file that the checks look at, each with its path. */
import type {
  Condition,
  Effects,
  Line,
  LocalizedText,
  Route,
  ScenarioFile,
} from '../scenario.schema.ts';
import type { Path } from './problem.ts';

export interface Located<T> {
  value: T;
  path: Path;
}

/** Every text of the scenario that is meant to be translated. */
export function* textsOf(file: ScenarioFile): Generator<Located<LocalizedText>> {
  const at = (value: LocalizedText | undefined, path: Path) =>
    value === undefined ? [] : [{ value, path }];
  yield* at(file.title, ['title']);
  yield* at(file.summary, ['summary']);
  yield* at(file.setting, ['setting']);
  yield* at(file.pupil.schoolYear, ['pupil', 'schoolYear']);
  yield* at(file.pupil.schoolType, ['pupil', 'schoolType']);
  for (const [i, goal] of file.learningGoals.entries())
    yield { value: goal, path: ['learningGoals', i] };
  for (const [i, question] of (file.reflection ?? []).entries())
    yield { value: question, path: ['reflection', i] };
  for (const [id, member] of Object.entries(file.cast))
    yield* at(member.description, ['cast', id, 'description']);
  for (const [id, meter] of Object.entries(file.meters ?? {})) {
    yield* at(meter?.label, ['meters', id, 'label']);
    yield* at(meter?.description, ['meters', id, 'description']);
  }
  for (const { value: line, path } of linesOf(file))
    yield { value: line.text, path: [...path, 'text'] };
  for (const [id, scene] of Object.entries(file.scenes)) {
    const base = ['scenes', id];
    yield* at(scene.title, [...base, 'title']);
    yield* at(scene.time, [...base, 'time']);
    yield* at(scene.place, [...base, 'place']);
    yield* at(scene.choice?.prompt, [...base, 'choice', 'prompt']);
    yield* at(scene.choice?.matter, [...base, 'choice', 'matter']);
    for (const [i, option] of (scene.choice?.options ?? []).entries()) {
      const optionPath = [...base, 'choice', 'options', i];
      yield { value: option.text, path: [...optionPath, 'text'] };
      for (const [hierarchy, verdict] of Object.entries(option.verdicts)) {
        yield { value: verdict.why, path: [...optionPath, 'verdicts', hierarchy, 'why'] };
      }
      for (const [j, later] of (option.later ?? []).entries())
        yield { value: later.note, path: [...optionPath, 'later', j, 'note'] };
    }
  }
  for (const [id, ending] of Object.entries(file.endings)) {
    yield { value: ending.title, path: ['endings', id, 'title'] };
    yield { value: ending.outcome, path: ['endings', id, 'outcome'] };
  }
}

/** Every line: scene lines, reaction lines, ending lines. `present` is who is in that room. */
export function* linesOf(file: ScenarioFile): Generator<Located<Line> & { present?: string[] }> {
  for (const [id, scene] of Object.entries(file.scenes)) {
    for (const [i, line] of (scene.lines ?? []).entries())
      yield { value: line, path: ['scenes', id, 'lines', i], present: scene.present };
    for (const [i, option] of (scene.choice?.options ?? []).entries()) {
      for (const [j, line] of (option.reaction ?? []).entries()) {
        yield {
          value: line,
          path: ['scenes', id, 'choice', 'options', i, 'reaction', j],
          present: scene.present,
        };
      }
    }
  }
  for (const [id, ending] of Object.entries(file.endings)) {
    for (const [i, line] of (ending.lines ?? []).entries())
      yield { value: line, path: ['endings', id, 'lines', i], present: ending.present };
  }
}

/** Every route (a scene's or an option's next). */
export function* routesOf(file: ScenarioFile): Generator<Located<Route>> {
  for (const [id, scene] of Object.entries(file.scenes)) {
    if (scene.next !== undefined) yield { value: scene.next, path: ['scenes', id, 'next'] };
    for (const [i, option] of (scene.choice?.options ?? []).entries()) {
      yield { value: option.next, path: ['scenes', id, 'choice', 'options', i, 'next'] };
    }
  }
}

/** Every condition at the top of an if:, with nested ones reached by the caller. */
export function* conditionsOf(file: ScenarioFile): Generator<Located<Condition>> {
  for (const { value: line, path } of linesOf(file))
    if (line.if) yield { value: line.if, path: [...path, 'if'] };
  for (const { value: route, path } of routesOf(file)) {
    if (typeof route === 'string') continue;
    for (const [i, entry] of route.entries())
      if (entry.if) yield { value: entry.if, path: [...path, i, 'if'] };
  }
  for (const [id, scene] of Object.entries(file.scenes)) {
    for (const [i, option] of (scene.choice?.options ?? []).entries()) {
      if (option.if) yield { value: option.if, path: ['scenes', id, 'choice', 'options', i, 'if'] };
    }
  }
}

/** A condition and everything nested in it, each with its own path. */
export function* conditionTree(root: Located<Condition>): Generator<Located<Condition>> {
  yield root;
  const { value, path } = root;
  for (const key of ['all', 'any'] as const) {
    for (const [i, part] of (value[key] ?? []).entries())
      yield* conditionTree({ value: part, path: [...path, key, i] });
  }
  if (value.not) yield* conditionTree({ value: value.not, path: [...path, 'not'] });
}

/** Every effects block, immediate and delayed. */
export function* effectsOf(file: ScenarioFile): Generator<Located<Effects>> {
  for (const [id, scene] of Object.entries(file.scenes)) {
    for (const [i, option] of (scene.choice?.options ?? []).entries()) {
      const base = ['scenes', id, 'choice', 'options', i];
      if (option.effects) yield { value: option.effects, path: [...base, 'effects'] };
      for (const [j, later] of (option.later ?? []).entries())
        yield { value: later.effects, path: [...base, 'later', j, 'effects'] };
    }
  }
}
