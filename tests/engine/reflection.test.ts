/** reflectionQuestionsFor: the questions that fit a run, judged on its context. */
import { describe, expect, it } from 'vitest';
import { reflectionQuestionsFor, type RunEvent, type Scenario } from '../../src/engine/index.ts';
import {
  CONTINUE,
  choose,
  mutate,
  noorText,
  play,
  scenarioFromText,
} from '../support/scenarios.ts';

const noor = scenarioFromText(noorText());
const asked = (scenario: Scenario, ...events: RunEvent[]) =>
  reflectionQuestionsFor(scenario, play(scenario, events).getSnapshot().context).map((q) => q.id);
const general = noor.reflection!.filter((q) => !q.if && !q.about).map((q) => q.id);
const aboutMeeting = (option: string) =>
  noor.reflection!.find((q) => q.about === 'meeting' && q.if?.chose === option)!.id;

describe('reflectionQuestionsFor', () => {
  it('asks a run that has chosen nothing yet only the questions for every path', () => {
    expect(general.length).toBeGreaterThan(0);
    expect(asked(noor)).toEqual(general);
  });

  it('adds the question about the option chosen, in the order of the file', () => {
    const questions = noor.reflection!.map((q) => q.id);
    const lectured = asked(noor, choose('lecture'), CONTINUE);
    expect(lectured).toContain(aboutMeeting('lecture'));
    expect(lectured).not.toContain(aboutMeeting('offer-meeting'));
    expect(lectured).toEqual(questions.filter((id) => lectured.includes(id)));
    expect(asked(noor, choose('offer-meeting'), CONTINUE)).toContain(aboutMeeting('offer-meeting'));
  });

  it('asks a question about a scene only when the run chose there, whatever its if says', () => {
    // The same question without an if: still only for runs that made the meeting's choice.
    const text = mutate(
      noorText(),
      'about: meeting\n    if: { chose: lecture }\n',
      'about: meeting\n',
    );
    const scenario = scenarioFromText(text);
    const id = scenario.reflection!.find((q) => q.about === 'meeting' && !q.if)!.id;
    expect(asked(scenario)).not.toContain(id);
    expect(asked(scenario, choose('offer-meeting'))).toContain(id);
  });
});
