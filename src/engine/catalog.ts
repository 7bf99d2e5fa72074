import type { Scenario } from './scenario.ts';

/** A scenario as the app receives it: validated at build time, with its content hash. */
export interface BuiltScenario {
  scenario: Scenario;
  hash: string;
}

/** What the library shows of a scenario before it is loaded, and how to load it. */
export type CatalogEntry = Pick<
  Scenario,
  'id' | 'version' | 'languages' | 'title' | 'summary' | 'pupil' | 'estimatedMinutes'
> & {
  hash: string;
  load: () => Promise<BuiltScenario>;
};
