/**
 * The lecturer's class report: a dozen exported runs of Saskia and Timo opened at once, with a
 * tampered one, files that are no runs, a 50 MB file and a run of a case this device lacks.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport } from '../support/class-exports.ts';
import {
  everyPlaythrough,
  mostViolatingPlaythrough,
  respectfulPlaythrough,
} from '../support/paths.ts';
import { loadScenario } from '../support/scenarios.ts';
import { expect, expectAccessible, test } from './support.ts';

function classFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-class-'));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const files: string[] = [];
  for (const id of ['saskia', 'timo']) {
    const scenario = loadScenario(`scenarios/${id}.yaml`);
    const paths = everyPlaythrough(scenario);
    const question =
      scenario.reflection!.find((q) => !q.if && !q.about) ?? scenario.reflection![0]!;
    for (let i = 0; i < 6; i++) {
      const path = paths[Math.floor((i * paths.length) / 6)]!;
      const data = runExport(scenario, path.events, {
        participant: i === 0 ? '=HYPERLINK("http://x")' : `Student ${id} ${i + 1}`,
        reflections: { [question.id]: `Antwoord ${i + 1} over ${id}` },
      });
      files.push(file(`${id}-${i + 1}.json`, JSON.stringify(data)));
    }
  }
  const saskia = loadScenario('scenarios/saskia.yaml');
  const tampered = runExport(saskia, everyPlaythrough(saskia)[0]!.events, {
    participant: 'Knutselaar',
  });
  const text = JSON.stringify(tampered).replace(/"option":"[^"]+"/, '"option":"bestaat-niet"');
  files.push(file('aangepast.json', text));
  files.push(file('notities.json', JSON.stringify({ notes: 'geen oefening' })));
  files.push(file('foto.json', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00])));
  const noor = loadScenario('docs/examples/noor.yaml');
  files.push(file('noor.json', JSON.stringify(runExport(noor, []))));
  files.push(file('groot.json', Buffer.alloc(50 * 1024 * 1024 + 1, 32)));
  // A room session's export, as room mode's debrief writes it.
  const first = saskia.scenes[saskia.start]!;
  const room = {
    format: 'driehoek-room-report',
    version: 1,
    case: { id: 'saskia', version: saskia.version, title: 'Saskia' },
    language: 'nl',
    ending: null,
    path: [
      {
        scene: saskia.start,
        sceneTitle: 'De zaal koos',
        option: first.choice!.options[1]!.id,
        votesCast: 23,
        options: first.choice!.options.map((o, i) => ({
          id: o.id,
          label: 'ABCD'[i],
          text: o.id,
          votes: i === 1 ? 20 : 1,
        })),
      },
    ],
    earlierPaths: [],
    totals: { choicePoints: 1, votesCast: 23 },
  };
  files.push(file('zaal.json', JSON.stringify(room)));
  return files;
}

test('a dozen runs of two cases opened at once: refused files with reasons, and the report', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Klasoverzicht/ }).click();
  await expect(page.getByRole('heading', { name: 'Klasoverzicht', level: 2 })).toBeVisible();
  await page.getByTestId('class-files-input').setInputFiles(classFiles());
  await expect(page.getByRole('status').filter({ hasText: 'geopend' })).toHaveText(
    '15 oefeningen geopend.',
  );

  const refused = page.getByRole('region', { name: /bestanden niet meegeteld/ });
  // A tampered run is named by its file, kept with it.
  await expect(refused).toContainText('aangepast.json: de keuzes in dit bestand');
  await expect(refused).toContainText('met de hand veranderd');
  await expect(refused).toContainText('notities.json: geen export van een oefening uit Driehoek');
  await expect(refused).toContainText('foto.json: geen JSON');
  await expect(refused).toContainText('groot.json: groter dan 10 MB');
  await expect(page.getByRole('note')).toContainText(
    'Casus ‘noor’ versie 1.0.0 staat niet op dit apparaat',
  );

  // A room session stands apart, its votes never counted among the runs.
  await expect(page.getByRole('region', { name: 'Groepssessies' })).toContainText('(23 stemmen)');

  // One case and version at a time; Saskia's six runs first.
  const group = page.getByLabel('Casus en versie');
  await expect(group.locator('option')).toHaveCount(2);
  await expect(page.getByText('6 oefeningen, waarvan 6 afgerond.')).toBeVisible();
  const endings = page.getByRole('region', { name: 'Eindes' });
  await expect(endings.getByRole('row')).not.toHaveCount(1);
  const items = page.getByRole('region', { name: 'Keuzes per moment' });
  await expect(items.getByRole('table').first()).toContainText('(6 keer gekozen)');
  await expect(items).toContainText('%)');
  // The class's paths on the map, with the numbers.
  await expect(page.locator('.map-edge.heat').first()).toBeVisible();
  await expect(page.locator('.map-edge-label').filter({ hasText: '×' }).first()).toBeVisible();
  // Names stay hidden until shown.
  const responses = page.getByRole('region', { name: 'Reflecties in context' });
  await expect(responses).toContainText('student 1');
  await expect(responses).not.toContainText('Student saskia 2');
  await page.getByRole('button', { name: 'Namen tonen' }).click();
  await expect(responses).toContainText('Student saskia 2');
  await expectAccessible(page, 'the class report');

  // CSV for Dutch Excel, with the formula neutralised.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV voor Excel (;)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.startsWith('\uFEFFcase;version;run;participant')).toBe(true);
  expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);

  // One student's run in the debrief view, read-only.
  await page.getByRole('button', { name: 'Nabespreking bekijken Student saskia 2' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nabespreking' })).toBeVisible();
  await expect(page.getByRole('textbox').first()).toHaveAttribute('readonly', '');
  await expectAccessible(page, 'a student’s debrief in the class report');
  await expect(page.locator('.debrief-participant')).toContainText('Student saskia 2');
  await page.getByRole('button', { name: 'Terug naar het klasoverzicht' }).click();
  // Back where the lecturer was, names still shown.
  await expect(
    page.getByRole('button', { name: 'Nabespreking bekijken Student saskia 2' }),
  ).toBeFocused();
  // Names hidden again: a student's debrief shows "student n", not the name.
  await page.getByRole('button', { name: 'Namen verbergen' }).click();
  await page.getByRole('button', { name: 'Nabespreking bekijken student 2' }).click();
  await expect(page.locator('.debrief-participant')).toContainText('student 2');
  await expect(page.locator('.debrief-participant')).not.toContainText('Student saskia');
  await page.getByRole('button', { name: 'Terug naar het klasoverzicht' }).click();

  // The case this device lacked: open its file, and its run counts.
  await page.getByTestId('class-case-file-input').setInputFiles('docs/examples/noor.yaml');
  await expect(group.locator('option')).toHaveCount(3);
  await expect(page.getByRole('note')).toHaveCount(0);

  // Timo's runs are a report of their own; what was opened survives a reload.
  const timo = await group.locator('option', { hasText: /^Timo/ }).getAttribute('value');
  await group.selectOption(timo!);
  await expect(page.getByRole('heading', { level: 3, name: /^Timo/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'geopend' })).toHaveText(
    '15 oefeningen geopend.',
  );
  await expect(page.getByText('6 oefeningen, waarvan 6 afgerond.')).toBeVisible();
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });
  test('the class report reads in English, and can count first attempts instead', async ({
    page,
  }) => {
    const saskia = loadScenario('scenarios/saskia.yaml');
    // A run that rewound: its first attempt took the source's path, its last the respectful one.
    const first = mostViolatingPlaythrough(saskia);
    const rewound = runExport(saskia, respectfulPlaythrough(saskia).events) as {
      branches: { id: string; number: number; events: unknown[] }[];
      run: { activeBranch: string };
    };
    rewound.branches = [
      { ...rewound.branches[0]!, id: 'attempt-1', number: 1, events: first.events },
      { ...rewound.branches[0]!, id: 'attempt-2', number: 2 },
    ];
    rewound.run.activeBranch = 'attempt-2';
    await page.goto('/#/class');
    await page.getByTestId('class-files-input').setInputFiles({
      name: 'rewound.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(rewound)),
    });
    await expect(page.getByRole('heading', { level: 2, name: 'Class report' })).toBeVisible();
    const runs = page.getByRole('region', { name: 'Runs' });
    const final = await runs.getByRole('listitem').textContent();
    await page.getByLabel('Which attempt counts').selectOption('first');
    await expect(runs.getByRole('listitem')).not.toHaveText(final!);
    await expectAccessible(page, 'the English class report');
  });
});
