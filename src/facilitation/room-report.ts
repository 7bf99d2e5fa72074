/**
 * The room debrief as data: the path the room took, the votes per choice point and the verdicts of
 * what it decided, with the "what if" paths it left. Plain JSON a facilitator can export and keep.
 *
 * Built only from the case and the flow's choices, and only from what the report names: the flow's
 * runs (`runBefore`) and anything of the devices that voted stay out, so an export carries no
 * personal data even if the flow's context grows.
 */
import {
  HIERARCHIES,
  isEnding,
  localize,
  stepOf,
  type Hierarchy,
  type Language,
  type LocalizedText,
  type Scenario,
  type Tone,
  type VerdictKind,
} from '../engine/index.ts';
import type { DecidedBy, FlowContext, RoomChoice, VoteSource } from './flow.types.ts';

export const ROOM_REPORT_FORMAT = 'driehoek-room-report';
export const ROOM_REPORT_VERSION = 1;

export interface RoomReportOption {
  id: string;
  /** A, B, C… in the order the options were offered, as the room saw them. */
  label: string;
  text: string;
  votes: number;
}

export interface RoomReportChoice {
  scene: string;
  sceneTitle: string;
  /** The choice's prompt; null when the case asks none. */
  question: string | null;
  /** Every option on offer, also those nobody voted for. */
  options: RoomReportOption[];
  votesSource: VoteSource;
  votesCast: number;
  decidedBy: DecidedBy;
  /** The id of the option the room decided on. */
  option: string;
  verdicts: Record<Hierarchy, { verdict: VerdictKind; why: string }>;
}

export interface RoomReportEarlierPath {
  path: RoomReportChoice[];
  /** The step (scene or ending) where the room left this path with "what if". */
  leftAt: string;
  leftAtTitle: string;
}

export interface RoomReport {
  format: typeof ROOM_REPORT_FORMAT;
  version: typeof ROOM_REPORT_VERSION;
  case: { id: string; version: string; title: string };
  language: Language;
  /** The ending the room reached; null while the case is still under way. */
  ending: { id: string; tone: Tone; title: string; outcome: string } | null;
  path: RoomReportChoice[];
  earlierPaths: RoomReportEarlierPath[];
  /** Over the path taken (earlier paths share its first choices, so they are not added). */
  totals: { choicePoints: number; votesCast: number };
}

/** A, B, … Z, then numbers: a scene with more than 26 options is not a case for a room anyway. */
export const optionLabel = (index: number) =>
  index < 26 ? String.fromCharCode(65 + index) : String(index + 1);

/** The room debrief of a flow over this case, its texts in the given language. */
export function roomReport(
  scenario: Scenario,
  context: FlowContext,
  language: Language,
): RoomReport {
  if (context.scenarioId !== scenario.id)
    throw new Error(`roomReport: the flow is of ${context.scenarioId}, not of ${scenario.id}`);
  const text = (value: LocalizedText | undefined) =>
    value === undefined ? '' : localize(value, language).trim();
  const stepTitle = (id: string) => text(stepOf(scenario, id)?.title) || id;

  const choiceOf = (choice: RoomChoice): RoomReportChoice => {
    const asked = scenario.scenes[choice.scene]?.choice;
    const options = choice.offered.map((id, index) => ({
      id,
      label: optionLabel(index),
      text: text(asked?.options.find((o) => o.id === id)?.text) || id,
      votes: choice.votes.counts[id] ?? 0,
    }));
    const verdicts = Object.fromEntries(
      HIERARCHIES.map((h) => [
        h,
        { verdict: choice.verdicts[h].verdict, why: text(choice.verdicts[h].why) },
      ]),
    ) as RoomReportChoice['verdicts'];
    return {
      scene: choice.scene,
      sceneTitle: stepTitle(choice.scene),
      question: text(asked?.prompt) || null,
      options,
      votesSource: choice.votes.source,
      votesCast: options.reduce((sum, o) => sum + o.votes, 0),
      decidedBy: choice.decidedBy,
      option: choice.option,
      verdicts,
    };
  };

  const ending = isEnding(scenario, context.at) ? scenario.endings[context.at] : undefined;
  const path = context.choices.map(choiceOf);
  return {
    format: ROOM_REPORT_FORMAT,
    version: ROOM_REPORT_VERSION,
    case: { id: scenario.id, version: scenario.version, title: text(scenario.title) },
    language,
    ending: ending
      ? {
          id: context.at,
          tone: ending.tone,
          title: text(ending.title),
          outcome: text(ending.outcome),
        }
      : null,
    path,
    earlierPaths: context.earlierPaths.map((earlier) => ({
      path: earlier.choices.map(choiceOf),
      leftAt: earlier.leftAt,
      leftAtTitle: stepTitle(earlier.leftAt),
    })),
    totals: {
      choicePoints: path.length,
      votesCast: path.reduce((sum, choice) => sum + choice.votesCast, 0),
    },
  };
}
