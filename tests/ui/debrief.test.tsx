// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localize, reflectionQuestionsFor, scenarioHash } from '../../src/engine/index.ts';
import { Debrief, type DebriefProps } from '../../src/ui/debrief/Debrief.tsx';
import { activeDebrief } from '../../src/ui/debrief/debrief-model.ts';
import {
  built,
  record,
  renderDebrief,
  SASKIA_RESPECTFUL,
  SASKIA_SOURCE,
  TIMO_SOURCE,
} from './debrief-render.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const saskia = built('saskia');
const timo = built('timo');
const option = (scene: string, id: string, lang: 'nl' | 'en' = 'nl') => {
  const found = saskia.scenario.scenes[scene]?.choice?.options.find((o) => o.id === id);
  if (!found) throw new Error(`no option ${id}`);
  return localize(found.text, lang).trim();
};

function show(props: Partial<DebriefProps> & Pick<DebriefProps, 'built' | 'record'>) {
  const onReflection = vi.fn();
  const onSwitchBranch = vi.fn();
  const language = props.language ?? 'nl';
  renderDebrief(
    <Debrief
      language={language}
      onReflection={onReflection}
      onSwitchBranch={onSwitchBranch}
      {...props}
    />,
    { language },
  );
  return { onReflection, onSwitchBranch };
}

const region = (name: string | RegExp) => screen.getByRole('region', { name });
/** A text as a regular expression that matches it literally. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The choices of the path, one list item each. */
const choiceItems = () =>
  within(within(region('Jouw pad, keuze voor keuze')).getAllByRole('list')[0]!)
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('debrief-choice'));

describe('Debrief of Saskia as it went in the source', () => {
  const source = record(saskia, [{ events: SASKIA_SOURCE }]);

  it('shows the ending reached, with its tone in words', () => {
    show({ built: saskia, record: source });
    expect(screen.getByRole('heading', { level: 2, name: 'Nabespreking' })).toBeTruthy();
    const ending = region('Afloop');
    expect(within(ending).getByRole('heading', { name: 'Iedereen verliest' })).toBeTruthy();
    expect(within(ending).getByText('Slechte afloop')).toBeTruthy();
    expect(within(ending).queryByText(/nog niet afgelopen/)).toBeNull();
  });

  it('goes through the path choice by choice, naming violations and the better-parent trap', async () => {
    show({ built: saskia, record: source });
    const items = choiceItems();
    expect(items).toHaveLength(6);
    const first = within(items[0]!);
    expect(first.getByRole('heading', { name: 'Keuze 1 · week 1 · Gesprek met de ouders' }));
    // The compact line: what was said, and what it strained.
    expect(items[0]!.querySelector('q')!.textContent).toBe(option('parents-meeting', 'm1-nod'));
    expect(first.getByText('Belast: deskundigheidshiërarchie')).toBeTruthy();
    await userEvent.click(first.getByRole('button', { name: 'Uitleg bij keuze 1' }));
    expect(first.getByText('Geen enkele hiërarchie geschonden.')).toBeTruthy();

    const raise = within(items[2]!);
    await userEvent.click(raise.getByRole('button', { name: 'Uitleg bij keuze 3' }));
    expect(
      raise.getByText(
        'Geschonden: emotionele hiërarchie, verantwoordelijkheidshiërarchie, deskundigheidshiërarchie',
      ),
    ).toBeTruthy();
    // The lens repeats each verdict with its rationale.
    expect(raise.getAllByText('schendt')).toHaveLength(3);
    expect(items[2]!.textContent).toMatch(/betere ouder/);
    // The delayed consequences, and where they landed.
    const later = within(raise.getByRole('heading', { name: 'Gevolgen later' }).parentElement!);
    expect(later.getAllByRole('listitem')).toHaveLength(1);
    expect(later.getByText(/kwam aan in week 2, bij:/)).toBeTruthy();
    // Closing the talk without telling the parents: they hear of it from Saskia, in week 3.
    const close = within(items[3]!);
    await userEvent.click(close.getByRole('button', { name: 'Uitleg bij keuze 4' }));
    const closeLater = within(
      close.getByRole('heading', { name: 'Gevolgen later' }).parentElement!,
    );
    expect(closeLater.getAllByRole('listitem')).toHaveLength(2);
    expect(closeLater.getByText(/kwam aan in week 3, bij:/)).toBeTruthy();
  });

  it('sums up each hierarchy', () => {
    show({ built: saskia, record: source });
    const tally = within(region('Telling per hiërarchie'));
    const lines = tally.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      'Emotionele hiërarchie: 2 keer gerespecteerd, 0 keer belast, 4 keer geschonden',
      'Verantwoordelijkheidshiërarchie: 2 keer gerespecteerd, 1 keer belast, 3 keer geschonden',
      'Deskundigheidshiërarchie: 0 keer gerespecteerd, 4 keer belast, 2 keer geschonden',
    ]);
    expect(tally.getByText('Schendingen in totaal: 9')).toBeTruthy();
  });

  it('charts the meters with scene and ending titles as moments', () => {
    show({ built: saskia, record: source });
    const table = within(region('De meters in de loop van de tijd')).getByRole('table');
    const moments = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(moments[0]).toBe('Gesprek met de ouders');
    expect(moments.at(-1)).toBe('Iedereen verliest');
    expect(moments).toHaveLength(7);
  });

  it('lists the respectful path and marks where this path first left it', () => {
    show({ built: saskia, record: source });
    const respectful = within(region('Het respectvolle pad ter vergelijking'));
    const steps = respectful.getAllByRole('listitem');
    expect(steps).toHaveLength(6);
    expect(steps[0]!.textContent).toContain(option('parents-meeting', 'm1-concern'));
    expect(steps[5]!.textContent).toContain(option('session-permission', 'sp-listen-school'));
    expect(steps[0]!.textContent).toContain(
      `Hier week jouw pad af. Jij koos: ${option('parents-meeting', 'm1-nod')}`,
    );
    expect(respectful.getAllByText(/Hier week jouw pad af/)).toHaveLength(1);
    expect(respectful.getByText('Dit pad eindigt in: Toestemming van thuis (Goede afloop)'));
    // The same place is marked in the path taken.
    const items = choiceItems();
    expect(within(items[0]!).getByText('Hier week je af van het respectvolle pad.')).toBeTruthy();
    expect(within(items[1]!).queryByText('Hier week je af van het respectvolle pad.')).toBeNull();
  });

  it('names both traps and the other key ideas', () => {
    show({ built: saskia, record: source });
    const ideas = region('Kernideeën');
    const terms = within(ideas)
      .getAllByRole('term')
      .map((dt) => dt.textContent);
    expect(terms).toContain('Valkuil: de betere ouder');
    expect(terms).toContain('Valkuil: ouders die hun verantwoordelijkheid uit handen geven');
    expect(terms).toContain('Meervoudige partijdigheid');
    expect(terms).toContain('Dienstbare deskundigheid');
    expect(ideas.textContent).toMatch(/verticale loyaliteit/);
  });

  it('shows no comparison for a run with one branch', () => {
    show({ built: saskia, record: source });
    expect(screen.queryByRole('region', { name: 'Versies vergelijken' })).toBeNull();
    expect(screen.queryByText(/Je bekijkt/)).toBeNull();
  });
});

describe('Debrief of Timo as it went in the source', () => {
  it('names the abdication of parental responsibility in the path, in English', () => {
    show({ built: timo, record: record(timo, [{ events: TIMO_SOURCE }]), language: 'en' });
    expect(screen.getByRole('heading', { level: 2, name: 'Debrief' })).toBeTruthy();
    expect(
      within(region('Ending')).getByRole('heading', { name: "Help that wasn't allowed to work" }),
    ).toBeTruthy();
    expect(within(region('Ending')).getByText('Poor outcome')).toBeTruthy();
    const path = region('Your path, choice by choice');
    expect(path.textContent).toMatch(/abdicate/);
    expect(within(path).getAllByText(/^Violated: emotional hierarchy/).length).toBeGreaterThan(0);
    expect(region('Key ideas').textContent).toMatch(/better parent/);
  });

  it('names it in Dutch too', () => {
    show({ built: timo, record: record(timo, [{ events: TIMO_SOURCE }]) });
    expect(region('Jouw pad, keuze voor keuze').textContent).toMatch(/afstand|uit handen/);
  });
});

describe('Debrief of other runs', () => {
  it('tells a trainee who took the respectful path so', () => {
    show({ built: saskia, record: record(saskia, [{ events: SASKIA_RESPECTFUL }]) });
    expect(within(region('Afloop')).getByText('Goede afloop')).toBeTruthy();
    const respectful = within(region('Het respectvolle pad ter vergelijking'));
    expect(respectful.getByText('Jouw pad is het respectvolle pad.')).toBeTruthy();
    expect(respectful.queryByText(/Hier week jouw pad af/)).toBeNull();
    expect(within(region('Telling per hiërarchie')).getByText('Schendingen in totaal: 0'));
  });

  it('debriefs an unfinished run so far', () => {
    const events = SASKIA_RESPECTFUL.slice(0, 2);
    show({ built: saskia, record: record(saskia, [{ events }]) });
    const ending = within(region('Afloop'));
    expect(ending.getByText(/Deze run is nog niet afgelopen/)).toBeTruthy();
    expect(ending.getByText(/Je bent nu bij: .+ \(week \d+\)\./)).toBeTruthy();
    expect(choiceItems()).toHaveLength(2);
    expect(screen.getByText('Tot nu toe volg je het respectvolle pad.')).toBeTruthy();
  });

  it('shows a refused save as a message, not a crash', () => {
    const run = record(saskia, [{ events: SASKIA_SOURCE }]);
    const branch = run.branches[0]!;
    const broken = {
      ...run,
      branches: [
        { ...branch, save: { ...branch.save, scenario: { ...branch.save.scenario, hash: 'x' } } },
      ],
    };
    show({ built: saskia, record: broken });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Deze run kan niet worden nabesproken' }));
    expect(alert.textContent).toContain('De casus is veranderd sinds deze run werd opgeslagen.');
    expect(screen.queryByRole('region', { name: 'Jouw pad, keuze voor keuze' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Afloop' })).toBeNull();
  });
});

describe('Branch comparison', () => {
  const three = record(
    saskia,
    [
      { events: SASKIA_SOURCE },
      { events: SASKIA_RESPECTFUL, forkedFrom: { branch: 'b1', choice: 0 } },
      { events: SASKIA_SOURCE.slice(0, 2), forkedFrom: { branch: 'b1', choice: 2 } },
    ],
    { activeBranch: 'b2' },
  );

  it('has one row per branch: origin, ending, violations and final meters', () => {
    show({ built: saskia, record: three });
    const table = within(region('Versies vergelijken')).getByRole('table', {
      name: 'Alle versies van deze run, in de volgorde waarin je ze maakte',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Versie 1');
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('Versie 2 (getoond)');
    expect(cells[0]!.slice(0, 3)).toEqual([
      'eerste versie',
      'Iedereen verliest (Slechte afloop)',
      '9',
    ]);
    expect(cells[1]!.slice(0, 3)).toEqual([
      'van Versie 1 teruggespoeld naar keuze 1',
      'Toestemming van thuis (Goede afloop)',
      '0',
    ]);
    expect(cells[2]!.slice(0, 3)).toEqual([
      'van Versie 1 teruggespoeld naar keuze 3',
      'nog bezig',
      '0',
    ]);
    expect(cells[1]![3]).toMatch(/Vertrouwen van de ouders: \d+ \(hoger is beter\)/);
    expect(cells[1]![3]).toMatch(/Loyaliteitsconflict van de leerling: \d+ \(lager is beter\)/);
    expect(screen.getByText('Je bekijkt Versie 2 van 3 versies.')).toBeTruthy();
    // The active branch is the one debriefed.
    expect(within(region('Afloop')).getByRole('heading', { name: 'Toestemming van thuis' }));
  });

  it('offers a button for every other branch, and switches by keyboard', async () => {
    const { onSwitchBranch } = show({ built: saskia, record: three });
    const table = within(region('Versies vergelijken'));
    expect(table.queryByRole('button', { name: 'Toon nabespreking van Versie 2' })).toBeNull();
    const button = table.getByRole('button', { name: 'Toon nabespreking van Versie 3' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSwitchBranch).toHaveBeenCalledWith('b3');
    await userEvent.click(table.getByRole('button', { name: 'Toon nabespreking van Versie 1' }));
    expect(onSwitchBranch).toHaveBeenLastCalledWith('b1');
  });

  it('marks an unreadable branch and still lets the trainee switch away from it', async () => {
    const b1 = three.branches[0]!;
    const broken = {
      ...three,
      activeBranch: 'b1',
      branches: [{ ...b1, save: { ...b1.save, checksum: 'x' } }, ...three.branches.slice(1)],
    };
    const { onSwitchBranch } = show({ built: saskia, record: broken });
    expect(screen.getByRole('alert').textContent).toContain('veranderd en klopt niet meer');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(within(rows[1]!).getByText('niet te lezen')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Toon nabespreking van Versie 2' }));
    expect(onSwitchBranch).toHaveBeenCalledWith('b2');
  });
});

describe('Reflection and actions', () => {
  /** The questions the engine gives a record's active branch, at the end of its run. */
  const questionsOf = (run: ReturnType<typeof record>) => {
    const result = activeDebrief(saskia, run);
    if (!result.ok) throw new Error('the branch should restore');
    return reflectionQuestionsFor(saskia.scenario, result.context);
  };
  const sourceQuestions = questionsOf(record(saskia, [{ events: SASKIA_SOURCE }]));
  const run = record(saskia, [{ events: SASKIA_SOURCE }], {
    reflections: { [sourceQuestions[1]!.id]: 'Ik deel wat ik zie, niet hoe het moet.' },
  });

  it('shows the questions of the path played, labelled, prefilled by id, reporting every change', async () => {
    const { onReflection } = show({ built: saskia, record: run });
    const boxes = within(region('Reflectie')).getAllByRole('textbox');
    expect(boxes).toHaveLength(sourceQuestions.length);
    expect(sourceQuestions.length).toBeLessThan(saskia.scenario.reflection!.length);
    const secondText = localize(sourceQuestions[1]!.text, 'nl');
    const second = screen.getByRole('textbox', { name: `Vraag 2: ${secondText}` });
    expect((second as HTMLTextAreaElement).value).toBe('Ik deel wat ik zie, niet hoe het moet.');
    const first = screen.getByRole('textbox', { name: /^Vraag 1:/ });
    expect((first as HTMLTextAreaElement).value).toBe('');
    await userEvent.type(first, 'Schuld');
    expect(onReflection).toHaveBeenLastCalledWith(sourceQuestions[0]!.id, 'Schuld');
    expect(onReflection).toHaveBeenCalledTimes(6);
  });

  it('asks the respectful path other questions, with the answers kept for them', () => {
    const respectful = record(saskia, [{ events: SASKIA_RESPECTFUL }]);
    const questions = questionsOf(respectful);
    const ownQuestion = questions.find((q) => !sourceQuestions.includes(q))!;
    show({
      built: saskia,
      record: { ...respectful, reflections: { [ownQuestion.id]: 'Toestemming van thuis.' } },
    });
    const labels = within(region('Reflectie'))
      .getAllByRole('textbox')
      .map((box) => (box as HTMLTextAreaElement).labels?.[0]?.textContent ?? '');
    expect(labels).toHaveLength(questions.length);
    for (const question of sourceQuestions.filter((q) => !questions.includes(q)))
      expect(labels.join('\n')).not.toContain(localize(question.text, 'nl'));
    const box = screen.getByRole('textbox', {
      name: new RegExp(escape(localize(ownQuestion.text, 'nl'))),
    });
    expect((box as HTMLTextAreaElement).value).toBe('Toestemming van thuis.');
  });

  it('finds answers of an old version under the position its questions get as id', () => {
    const scenario = {
      ...saskia.scenario,
      reflection: [
        { id: '0', text: { nl: 'Eerste oude vraag?', en: 'First old question?' } },
        { id: '1', text: { nl: 'Tweede oude vraag?', en: 'Second old question?' } },
      ],
    };
    const old = { scenario, hash: scenarioHash(scenario) };
    show({
      built: old,
      record: record(old, [{ events: SASKIA_SOURCE }], { reflections: { '1': 'Oud antwoord' } }),
    });
    const box = screen.getByRole('textbox', { name: 'Vraag 2: Tweede oude vraag?' });
    expect((box as HTMLTextAreaElement).value).toBe('Oud antwoord');
  });

  it('prints through the browser', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    show({ built: saskia, record: run });
    await userEvent.click(screen.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }));
    expect(print).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });

  it('downloads the Markdown and JSON reports as files named after case and date', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:report-${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
      expect(this.href).toMatch(/^blob:report-/);
      expect(this.isConnected).toBe(true);
    });
    show({ built: saskia, record: run });
    await userEvent.click(screen.getByRole('button', { name: 'Exporteer als Markdown' }));
    await userEvent.click(screen.getByRole('button', { name: 'Exporteer als JSON' }));
    expect(names).toEqual(['driehoek-saskia-2026-11-22.md', 'driehoek-saskia-2026-11-22.json']);
    const markdown = await blobs[0]!.text();
    expect(markdown).toMatch(/^# Nabespreking: Saskia/);
    expect(markdown).toContain('Ik deel wat ik zie, niet hoe het moet.');
    const json = JSON.parse(await blobs[1]!.text()) as { run: { id: string } };
    expect(json.run.id).toBe('run-1');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
