import type { Language } from '../engine/scenario.schema.ts';
import type { Path } from './problem.ts';

const WORDS = {
  nl: {
    scene: 'scène',
    ending: 'einde',
    option: 'keuze',
    line: 'regel',
    reaction: 'reactieregel',
    verdict: 'oordeel',
    later: 'latere gevolg',
    cast: 'rolverdeling',
    meter: 'meter',
    top: 'het scenario',
    goal: 'leerdoel',
    question: 'reflectievraag',
    route: 'route',
    discuss: 'gespreksvraag',
  },
  en: {
    scene: 'scene',
    ending: 'ending',
    option: 'option',
    line: 'line',
    reaction: 'reaction line',
    verdict: 'verdict',
    later: 'later effect',
    cast: 'cast member',
    meter: 'meter',
    top: 'the scenario',
    goal: 'learning goal',
    question: 'reflection question',
    route: 'route',
    discuss: 'discussion prompt',
  },
} as const;

/**
 * Where a path points, in the words of a scenario author:
 * ['scenes','intake','choice','options',1,'verdicts','emotional'] → scene 'intake', option 2, verdict emotional.
 * `optionId` names options and reflection questions by their id where the path passes through one.
 */
export function describeWhere(
  path: Path,
  lang: Language,
  optionId?: (path: Path) => string | undefined,
): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    const numbered = (word: string) =>
      `${word} ${typeof next === 'number' ? next + 1 : String(next)}`;
    switch (key) {
      case 'scenes':
      case 'endings':
      case 'cast':
      case 'meters':
        if (next === undefined) parts.push(String(key));
        else
          parts.push(
            `${w[key === 'scenes' ? 'scene' : key === 'endings' ? 'ending' : key === 'cast' ? 'cast' : 'meter']} '${String(next)}'`,
          );
        i++;
        break;
      case 'choice':
        break;
      case 'options':
      case 'reflection': {
        if (next === undefined) {
          parts.push(String(key));
          break;
        }
        const id = optionId?.(path.slice(0, i + 2));
        parts.push(
          `${numbered(key === 'options' ? w.option : w.question)}${id ? ` ('${id}')` : ''}`,
        );
        i++;
        break;
      }
      case 'lines':
      case 'reaction':
      case 'later':
      case 'learningGoals':
      case 'discuss':
      case 'next': {
        if (typeof next !== 'number') {
          parts.push(String(key));
          break;
        }
        const word = {
          lines: w.line,
          reaction: w.reaction,
          later: w.later,
          learningGoals: w.goal,
          discuss: w.discuss,
          next: w.route,
        }[key];
        parts.push(numbered(word));
        i++;
        break;
      }
      case 'verdicts':
        if (next === undefined) parts.push(String(key));
        else parts.push(`${w.verdict} ${String(next)}`);
        i++;
        break;
      default:
        parts.push(String(key));
    }
  }
  return parts.length ? parts.join(', ') : w.top;
}
