import { describe, expect, it } from 'vitest';
import { localize, reflectionQuestionsFor, type RunContext } from '../../src/engine/index.ts';
import { activeDebrief } from '../../src/ui/debrief/debrief-model.ts';
import { debriefJson, debriefMarkdown, reportFileName } from '../../src/ui/debrief/report.ts';
import { translator } from '../../src/ui/debrief/translate.ts';
import { built, record, SASKIA_RESPECTFUL, SASKIA_SOURCE, TIMO_SOURCE } from './debrief-render.tsx';

const saskia = built('saskia');
const timo = built('timo');
const scene = (id: string) => saskia.scenario.scenes[id]!;
const optionOf = (sceneId: string, id: string) =>
  scene(sceneId).choice!.options.find((o) => o.id === id)!;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The context a record's active branch ends in, as the engine restores it. */
const contextOf = (run: ReturnType<typeof record>): RunContext => {
  const result = activeDebrief(saskia, run);
  if (!result.ok) throw new Error('the branch should restore');
  return result.context;
};
const sourceQuestions = reflectionQuestionsFor(
  saskia.scenario,
  contextOf(record(saskia, [{ events: SASKIA_SOURCE }])),
);
/** A question of the case that the source's path does not get. */
const notOnSourcePath = saskia.scenario.reflection!.find((q) => !sourceQuestions.includes(q))!;
/** Two questions that only the source's path gets: one answered, one not. */
const [answeredOfPath, unansweredOfPath] = sourceQuestions.filter((q) => q.if || q.about);

const source = record(saskia, [{ events: SASKIA_SOURCE }], {
  mode: 'coach',
  reflections: {
    [sourceQuestions[0]!.id]: 'Opluchting is nog geen instemming.',
    [sourceQuestions[2]!.id]: 'Omdat het van thuis komt.',
    [answeredOfPath!.id]: 'Ze was eerst opgelucht.',
    [notOnSourcePath.id]: 'Een antwoord bij een ander pad.',
  },
});

describe('debriefMarkdown', () => {
  const markdown = debriefMarkdown(saskia, source, 'nl');

  it('heads the report with the case, dates and mode', () => {
    expect(markdown).toMatch(
      /^# Nabespreking: Saskia: de scheiding waar niet over gepraat mag worden\n/,
    );
    expect(markdown).toContain(
      `- Casus: Saskia: de scheiding waar niet over gepraat mag worden (saskia, versie ${saskia.scenario.version})`,
    );
    expect(markdown).toMatch(/- Begonnen: \d+ november 2026/);
    expect(markdown).toContain('- Modus: Coachmodus: feedback na elke keuze');
  });

  it('names the trainee or group in the head, or says none was given', () => {
    expect(markdown).toContain('- Naam of groep: (niet ingevuld)\n');
    const named = debriefMarkdown(saskia, { ...source, participant: 'Groep 3B' }, 'nl');
    expect(named).toContain('- Naam of groep: Groep 3B\n');
    // The name typed on the screen wins over the run's, on one line.
    const typed = debriefMarkdown(saskia, source, 'en', 'Ayla\nde Vries');
    expect(typed).toContain('- Name or group: Ayla de Vries\n');
    expect(named.indexOf('Naam of groep')).toBeLessThan(named.indexOf('## Afloop'));
  });

  it('gives the ending with its tone and outcome', () => {
    expect(markdown).toContain('## Afloop\n\n**Iedereen verliest** — Slechte afloop');
    expect(markdown).toContain(
      oneLine(localize(saskia.scenario.endings['lost-contact']!.outcome, 'nl')),
    );
  });

  it('walks the path with every verdict, its rationale and the consequences', () => {
    const raise = optionOf('first-session', 'f-raise-divorce');
    expect(markdown).toContain('### Keuze 3 · week 1 · ');
    expect(markdown).toContain(`> ${oneLine(localize(raise.text, 'nl'))}`);
    expect(markdown).toContain(
      `- Emotionele hiërarchie: **schendt** — ${oneLine(localize(raise.verdicts.emotional.why, 'nl'))}`,
    );
    expect(markdown).toContain(
      '**Geschonden: emotionele hiërarchie, verantwoordelijkheidshiërarchie, deskundigheidshiërarchie**',
    );
    expect(markdown).toContain('Belast: deskundigheidshiërarchie');
    expect(markdown).toMatch(/\(kwam aan in week 2, bij: .+\)/);
    for (const event of SASKIA_SOURCE) {
      const id = event.type === 'choice.select' ? event.option : '';
      const sceneId = Object.keys(saskia.scenario.scenes).find((s) =>
        scene(s).choice?.options.some((o) => o.id === id),
      )!;
      expect(markdown).toContain(oneLine(localize(optionOf(sceneId, id).text, 'nl')));
    }
  });

  it('tallies the hierarchies and gives the meters at the end, each with the way that is better', () => {
    expect(markdown).toContain(
      '- Emotionele hiërarchie: 2 keer gerespecteerd, 0 keer belast, 4 keer geschonden',
    );
    expect(markdown).toContain('Schendingen in totaal: 9');
    expect(markdown).toMatch(
      /## Meters aan het eind\n\n- Loyaliteitsconflict van de leerling: \d+ \(lager is beter\)/,
    );
    expect(markdown).toMatch(/- Vertrouwen van de ouders: \d+ \(hoger is beter\)/);
  });

  it('lists the respectful path and marks the first departure', () => {
    const part = markdown.slice(markdown.indexOf('## Het respectvolle pad'));
    const nod = oneLine(localize(optionOf('parents-meeting', 'm1-nod').text, 'nl'));
    const concern = oneLine(localize(optionOf('parents-meeting', 'm1-concern').text, 'nl'));
    expect(part).toContain(
      `1. Gesprek met de ouders — ${concern} — **Hier week jouw pad af. Jij koos: ${nod}**`,
    );
    expect(part.match(/Hier week jouw pad af/g)).toHaveLength(1);
    expect(part).toMatch(/^6\. /m);
    expect(part).toContain('Dit pad eindigt in: Toestemming van thuis (Goede afloop)');
  });

  it('ends with the questions of the path played, each with its id and the answer given', () => {
    const part = markdown.slice(markdown.indexOf('## Reflectie'));
    const [first, second] = sourceQuestions;
    expect(part).toContain(
      `### 1. ${oneLine(localize(first!.text, 'nl'))}\n\nVraag-id: \`${first!.id}\`\n\n> Opluchting is nog geen instemming.`,
    );
    expect(part).toContain(
      `### 2. ${oneLine(localize(second!.text, 'nl'))}\n\nVraag-id: \`${second!.id}\`\n\n_(nog geen antwoord)_`,
    );
    expect(part).toContain('> Omdat het van thuis komt.');
    expect(part.match(/^### /gm)).toHaveLength(sourceQuestions.length);
    // A question of another path is left out, and so is the answer kept for it.
    expect(part).not.toContain(`\`${notOnSourcePath.id}\``);
    expect(part).not.toContain('Een antwoord bij een ander pad.');
  });

  it('writes English, and says an unfinished run is not finished', () => {
    const unfinished = record(timo, [{ events: TIMO_SOURCE.slice(0, 2) }]);
    const english = debriefMarkdown(timo, unfinished, 'en');
    expect(english).toMatch(/^# Debrief: /);
    expect(english).toContain('This run has not finished yet.');
    expect(english).toContain('- Mode: Reflect mode: no feedback until the debrief');
    expect(english).toContain('_(no answer yet)_');
  });

  it('says which version it reports, and why a refused one cannot be reported', () => {
    const two = record(saskia, [
      { events: SASKIA_SOURCE },
      { events: SASKIA_RESPECTFUL, forkedFrom: { branch: 'b1', choice: 0 } },
    ]);
    expect(debriefMarkdown(saskia, two, 'nl')).toContain('Je bekijkt Versie 2 van 2 versies.');
    const b1 = source.branches[0]!;
    const refused = { ...source, branches: [{ ...b1, save: { ...b1.save, checksum: 'x' } }] };
    const text = debriefMarkdown(saskia, refused, 'nl');
    expect(text).toContain('## Deze run kan niet worden nabesproken');
    expect(text).not.toContain('## Afloop');
    expect(text).toContain('## Reflectie');
    // The path is unknown: the questions for every path, and those already answered.
    const general = saskia.scenario.reflection!.filter((q) => !q.if && !q.about);
    for (const question of [...general, answeredOfPath!, notOnSourcePath])
      expect(text).toContain(`\`${question.id}\``);
    expect(text).not.toContain(`\`${unansweredOfPath!.id}\``);
  });
});

describe('debriefJson', () => {
  const two = record(
    saskia,
    [
      { events: SASKIA_SOURCE },
      { events: SASKIA_RESPECTFUL, forkedFrom: { branch: 'b1', choice: 0 } },
    ],
    { activeBranch: 'b1', reflections: { [sourceQuestions[0]!.id]: 'Antwoord' } },
  );
  const data = debriefJson(saskia, two) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('identifies the scenario and the run', () => {
    expect(data.scenario).toMatchObject({
      id: 'saskia',
      version: saskia.scenario.version,
      hash: saskia.hash,
    });
    expect(data.run).toEqual({
      id: 'run-1',
      mode: 'reflect',
      startedAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T12:00:00.000Z',
      activeBranch: 'b1',
      participant: null,
    });
  });

  it('carries the name or group: the one given, else the run’s own, trimmed', () => {
    const named = { ...source, participant: 'Groep 3B' };
    const run = (value: object) => (value as { run: { participant: string | null } }).run;
    expect(run(debriefJson(saskia, named)).participant).toBe('Groep 3B');
    expect(run(debriefJson(saskia, named, '  Ayla de Vries ')).participant).toBe('Ayla de Vries');
    expect(run(debriefJson(saskia, named, '   ')).participant).toBeNull();
  });

  it('keeps every branch with its events and ending', () => {
    expect(data.branches).toHaveLength(2);
    expect(data.branches[0]).toMatchObject({
      id: 'b1',
      number: 1,
      forkedFrom: null,
      events: SASKIA_SOURCE,
      readable: true,
      ended: true,
      ending: { id: 'lost-contact', tone: 'poor' },
      violations: 9,
    });
    expect(data.branches[1]).toMatchObject({
      forkedFrom: { branch: 'b1', choice: 0 },
      events: SASKIA_RESPECTFUL,
      ending: { id: 'permission-given', tone: 'good' },
      violations: 0,
    });
  });

  it('analyses the active branch', () => {
    expect(data.analysis.branch).toBe('b1');
    expect(data.analysis.choices).toHaveLength(6);
    expect(data.analysis.choices[2].choice.option).toBe('f-raise-divorce');
    expect(data.analysis.choices[2].violated).toEqual(['emotional', 'responsibility', 'expertise']);
    expect(data.analysis.violations).toHaveLength(9);
    expect(data.analysis.tally.emotional).toEqual({ respects: 2, strains: 0, violates: 4 });
    expect(Object.keys(data.analysis.meters)).toEqual(Object.keys(saskia.scenario.meters));
    expect(data.analysis.departure).toEqual({ kind: 'departed', index: 0 });
    expect(data.respectfulPath.ending).toBe('permission-given');
  });

  it('holds the questions of the active branch by id, with their scene and answer', () => {
    expect(data.formatVersion).toBe(2);
    expect(data.reflections.map((r: { id: string }) => r.id)).toEqual(
      sourceQuestions.map((q) => q.id),
    );
    expect(data.reflections[0]).toEqual({
      id: sourceQuestions[0]!.id,
      question: sourceQuestions[0]!.text,
      about: sourceQuestions[0]!.about ?? null,
      answer: 'Antwoord',
    });
    expect(data.reflections[1].answer).toBe('');
    const about = data.reflections.find((r: { about: string | null }) => r.about);
    expect(saskia.scenario.scenes[about.about]?.choice).toBeDefined();
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('reports a refused branch without analysis', () => {
    const b1 = two.branches[0]!;
    const refused = {
      ...two,
      branches: [{ ...b1, save: { ...b1.save, checksum: 'x' } }, two.branches[1]!],
    };
    const out = debriefJson(saskia, refused) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(out.analysis).toBeNull();
    expect(out.branches[0]).toMatchObject({ readable: false, refusal: { reason: 'tampered' } });
    expect(out.branches[1].readable).toBe(true);
  });
});

describe('report helpers', () => {
  it('names files after the case, the name typed in and the day', () => {
    expect(reportFileName(source, 'md', '')).toBe('driehoek-saskia-2026-11-22.md');
    expect(reportFileName({ ...source, scenarioId: '../x y' }, 'json', '')).toMatch(
      /^driehoek-xy-2026/,
    );
    expect(reportFileName(source, 'json', 'Groep 3B — Ayla Çelik')).toBe(
      'driehoek-saskia-groep-3b-ayla-celik-2026-11-22.json',
    );
    expect(reportFileName(source, 'md', '../../=cmd|"x"')).toBe(
      'driehoek-saskia-cmd-x-2026-11-22.md',
    );
    expect(reportFileName({ ...source, participant: 'Noa' }, 'md')).toMatch(
      /^driehoek-saskia-noa-/,
    );
  });

  it('translates with placeholders, and shows the key when a message is missing', () => {
    expect(translator('en')('debrief.branches.label', { number: 3 })).toBe('Version 3');
    expect(translator('nl')('debrief.ending.tone.mixed')).toBe('Gemengde afloop');
    expect(translator('nl')('debrief.nope')).toBe('debrief.nope');
  });
});
