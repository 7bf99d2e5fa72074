/** The class report as Markdown: shared, so without names; only what the class came by. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { admitRun } from '../../src/class-report/class-runs.ts';
import { classReport } from '../../src/class-report/class-report.ts';
import { checkRunExport } from '../../src/class-report/run-export.ts';
import { localize, scenarioHash, type BuiltScenario } from '../../src/engine/index.ts';
import * as classMessages from '../../src/ui/class/messages.ts';
import { classMarkdown } from '../../src/ui/class/report-markdown.ts';
import * as lens from '../../src/ui/lens/messages.ts';
import * as map from '../../src/ui/map/messages.ts';
import { runExport } from '../support/class-exports.ts';
import { everyPlaythrough, respectfulPlaythrough } from '../support/paths.ts';
import { loadScenario } from '../support/scenarios.ts';

const saskia = loadScenario('scenarios/saskia.yaml');
const built: BuiltScenario = { scenario: saskia, hash: scenarioHash(saskia) };
const t = i18next.createInstance();
await t.init({
  resources: { nl: { translation: { ...classMessages.nl, ...lens.nl, ...map.nl } } },
  lng: 'nl',
  initAsync: false,
});
const question = saskia.reflection!.find((q) => !q.if && !q.about)!;

function run(
  events: ReturnType<typeof respectfulPlaythrough>['events'],
  name: string,
  answer?: string,
) {
  const data = checkRunExport(
    runExport(saskia, events, {
      participant: name,
      reflections: answer ? { [question.id]: answer } : {},
    }),
  )!;
  const admitted = admitRun(data, () => built);
  if (!admitted.ok) throw new Error(admitted.reason);
  return admitted.run;
}

describe('the class report as Markdown', () => {
  const runs = [
    run(respectfulPlaythrough(saskia).events, 'Anna Geheim'),
    run(
      everyPlaythrough(saskia)[0]!.events,
      'Bram Geheim',
      'Eerste regel | met streep\nTweede regel',
    ),
  ];
  const report = classReport(saskia, runs);
  const text = classMarkdown(saskia, report, 'nl', t.t.bind(t));

  it('has the case, the endings and a section per choice point the class reached', () => {
    expect(text).toMatch(/^# Klasoverzicht: Saskia/);
    const reached = report.choicePoints.filter((p) => p.asked > 0);
    const unreached = report.choicePoints.filter((p) => p.asked === 0);
    expect(unreached.length).toBeGreaterThan(0);
    for (const point of reached) expect(text).toContain(`· ${localize(point.title, 'nl')} (`);
    for (const point of unreached) expect(text).not.toContain(`· ${localize(point.title, 'nl')} (`);
  });

  it('leaves names out and quotes each answer as the student it is on screen', () => {
    expect(text).not.toContain('Geheim');
    // The second run's answer, as "student 2", line by line, its pipe kept as text.
    expect(text).toContain('- **student 2**\n  > Eerste regel | met streep\n  > Tweede regel');
  });
});
