/**
 * One walk over the parts of a scenario file that the checks look at. Each part is met with a
 * function that gives its path: the path is built only when a check asks for it, to report a
 * finding, so that walking a 1,000-scene scenario makes no path for the parts that are fine.
 */
import type {
  Condition,
  Effects,
  Line,
  LocalizedText,
  Option,
  Route,
  ScenarioFile,
} from '../engine/scenario.schema.ts';
import { HIERARCHIES } from '../engine/vocabulary.ts';
import type { Path } from './problem.ts';

/** The path of the part being visited, with `more` steps after it. */
export type PathHere = (...more: Path) => Path;

export interface Visitor {
  /** A text meant to be translated. */
  text?: (text: LocalizedText, here: PathHere) => void;
  /** A line of a scene, a reaction or an ending; `present` is who is in that room. */
  line?: (line: Line, present: string[] | undefined, here: PathHere) => void;
  /** A scene's or an option's next. */
  route?: (route: Route, here: PathHere) => void;
  /** What a choice changes, now or in a later week. */
  effects?: (effects: Effects, here: PathHere) => void;
  /** A condition on a line, an option, a route entry or a reflection question, and each one nested in it. */
  condition?: (condition: Condition, here: PathHere) => void;
}

export function walkScenario(file: ScenarioFile, visitor: Visitor): void {
  // The path of the part being visited; steps are pushed on the way in and popped on the way out.
  const stack: Path = [];
  const here: PathHere = (...more) => [...stack, ...more];
  const within = (steps: Path, visit: () => void) => {
    stack.push(...steps);
    visit();
    stack.length -= steps.length;
  };
  /** Visit each item of a list under `key`, with its index on the path. */
  const each = <T>(key: string, items: T[] | undefined, visit: (item: T) => void) => {
    if (!items?.length) return;
    stack.push(key, 0);
    for (let i = 0; i < items.length; i++) {
      stack[stack.length - 1] = i;
      visit(items[i] as T);
    }
    stack.length -= 2;
  };

  // The parts met most often push and pop their step themselves, without a closure.
  const text = (key: string, value: LocalizedText | undefined) => {
    if (value === undefined || !visitor.text) return;
    stack.push(key);
    visitor.text(value, here);
    stack.pop();
  };
  const condition = (value: Condition) => {
    visitor.condition?.(value, here);
    each('all', value.all, condition);
    each('any', value.any, condition);
    if (value.not) within(['not'], () => condition(value.not as Condition));
  };
  const conditionIf = (value: Condition | undefined) => {
    if (!value || !visitor.condition) return;
    stack.push('if');
    condition(value);
    stack.pop();
  };
  const lines = (key: string, list: Line[] | undefined, present: string[] | undefined) =>
    each(key, list, (line) => {
      visitor.line?.(line, present, here);
      text('text', line.text);
      conditionIf(line.if);
    });
  const route = (value: Route | undefined) => {
    if (value === undefined) return;
    within(['next'], () => {
      visitor.route?.(value, here);
      if (typeof value !== 'string')
        value.forEach((entry, i) => within([i], () => conditionIf(entry.if)));
    });
  };
  const effects = (value: Effects | undefined) => {
    if (!value || !visitor.effects) return;
    stack.push('effects');
    visitor.effects(value, here);
    stack.pop();
  };
  const option = (value: Option, present: string[]) => {
    text('text', value.text);
    conditionIf(value.if);
    for (const hierarchy of HIERARCHIES) {
      stack.push('verdicts', hierarchy);
      text('why', value.verdicts[hierarchy].why);
      stack.length -= 2;
    }
    lines('reaction', value.reaction, present);
    effects(value.effects);
    each('later', value.later, (later) => {
      effects(later.effects);
      text('note', later.note);
    });
    route(value.next);
  };

  text('title', file.title);
  text('summary', file.summary);
  text('setting', file.setting);
  within(['pupil'], () => {
    text('schoolYear', file.pupil.schoolYear);
    text('schoolType', file.pupil.schoolType);
  });
  each('learningGoals', file.learningGoals, (goal) => visitor.text?.(goal, here));
  each('reflection', file.reflection, (question) => {
    text('text', question.text);
    conditionIf(question.if);
  });
  for (const [id, member] of Object.entries(file.cast))
    within(['cast', id], () => text('description', member.description));
  for (const [id, meter] of Object.entries(file.meters ?? {})) {
    within(['meters', id], () => {
      text('label', meter?.label);
      text('description', meter?.description);
    });
  }
  for (const [id, scene] of Object.entries(file.scenes)) {
    within(['scenes', id], () => {
      text('title', scene.title);
      text('time', scene.time);
      text('place', scene.place);
      lines('lines', scene.lines, scene.present);
      if (scene.choice) {
        const { prompt, matter, discuss, options } = scene.choice;
        within(['choice'], () => {
          text('prompt', prompt);
          text('matter', matter);
          each('discuss', discuss, (question) => visitor.text?.(question, here));
          each('options', options, (item) => option(item, scene.present));
        });
      }
      route(scene.next);
    });
  }
  for (const [id, ending] of Object.entries(file.endings)) {
    within(['endings', id], () => {
      text('title', ending.title);
      lines('lines', ending.lines, ending.present);
      text('outcome', ending.outcome);
    });
  }
}
