/** Room mode's pure core: the facilitation flow. Imports the engine only, like the engine imports nothing. */
export {
  createFlowMachine,
  positionOf,
  type FlowMachine,
  type FlowOptions,
} from './flow.machine.ts';
export type * from './flow.types.ts';
export { PHASES } from './flow.types.ts';
export {
  snapshotOf,
  restore,
  FLOW_SAVE_VERSION,
  type FlowSave,
  type FlowSnapshot,
} from './snapshot.ts';
export { majorityOf, countsFit } from './votes.ts';
export { elapsedMs, remainingMs } from './timer.ts';
export { revealedVerdicts } from './selectors.ts';
export {
  roomReport,
  optionLabel,
  ROOM_REPORT_FORMAT,
  ROOM_REPORT_VERSION,
  type RoomReport,
  type RoomReportChoice,
  type RoomReportEarlierPath,
  type RoomReportOption,
} from './room-report.ts';
export { roomReportMarkdown, escapeMarkdown } from './room-report-markdown.ts';
export {
  roomReportNl,
  roomReportEn,
  roomReportTranslator,
  type RoomReportTranslate,
} from './room-report-messages.ts';
