/**
 * Timo, played with the keyboard only: the path of the source case (three tips in front of the
 * child, help that must not succeed) and the respectful path (the parents choose their own
 * approach). Every scene, and the debrief, must pass axe.
 */
import {
  choose,
  consequence,
  continueScene,
  debriefChoice,
  log,
  openDebrief,
  readScene,
  sceneRegion,
  startCase,
  triangleSide,
} from './play.ts';
import { expect, expectAccessible, test } from './support.ts';

test('the source path: tips in front of Timo backfire at home and he sabotages the help', async ({
  page,
}) => {
  await startCase(page, 'nl', /^Timo/);

  await readScene(page, 'nl', 1, 'Het gesprek met ouders, Timo en juf');
  await expect(log(page, 'nl')).toContainText('zegt u het ons alstublieft: wat moeten we doen?');
  await expectAccessible(page, 'Timo, the meeting');
  await choose(page, 'nl', 'Ik geef u drie dingen mee.');
  await expect(log(page, 'nl')).toContainText('Timo trekt zijn capuchon een stukje verder');

  await readScene(page, 'nl', 1, '‘Wilt u hem stevig aanpakken?’');
  await expect(log(page, 'nl')).toContainText(
    'Dan doet de school precies hetzelfde als wij thuis.',
  );
  await expectAccessible(page, 'Timo, the firm request');
  await choose(page, 'nl', 'Op school pakken we het aan');

  // Week 2 at home: no choice here, only what the tips do.
  await readScene(page, 'nl', 2, 'Thuis: de drie tips');
  const home = sceneRegion(page, 2, 'Thuis: de drie tips');
  await expect(consequence(home, 'nl', 1, 'Ik geef u drie dingen mee.')).toContainText(
    'De tips uit het eerste gesprek werken thuis averechts.',
  );
  await expect(home).toContainText('Dus juf Ilse bepaalt nu wat er hier gebeurt?');
  await expect(home).toContainText('Woensdag ligt de beloningskaart verscheurd in de prullenbak.');
  await expect(home).toContainText('We doen precies wat ze zei, en het wordt alleen maar erger.');
  await expect(page.getByRole('group', { name: 'Keuzes' })).toHaveCount(0);
  await expectAccessible(page, 'Timo, the tips at home');
  await continueScene(page, 'nl');

  // Week 3: half an hour late for the first session.
  await readScene(page, 'nl', 3, 'De eerste begeleidingssessie');
  const first = sceneRegion(page, 3, 'De eerste begeleidingssessie');
  await expect(consequence(first, 'nl', 1, 'Ik geef u drie dingen mee.')).toContainText(
    'Timo komt een half uur te laat op zijn eerste begeleidingsgesprek.',
  );
  await expect(first).toContainText(
    'Het gesprek staat om tien uur. Om half elf gaat de deur open.',
  );
  await expect(first).toContainText('Timo: Die kaart van de koelkast heb ik verscheurd, hoor.');
  await expectAccessible(page, 'Timo, the first session');
  await choose(
    page,
    'nl',
    'Bij het gesprek met je ouders hebben we drie afspraken gemaakt voor thuis.',
  );
  await expect(log(page, 'nl')).toContainText('Timo: Weet ik niet. Ging niet.');

  // Week 4: the second appointment is "forgotten".
  await readScene(page, 'nl', 4, 'De lege stoel');
  const chair = sceneRegion(page, 4, 'De lege stoel');
  await expect(
    consequence(chair, 'nl', 3, 'Goed, Timo. Bij het gesprek met je ouders'),
  ).toContainText('Timo ‘vergeet’ zijn tweede afspraak.');
  await expect(chair).toContainText('‘Vergeten,’ zei hij.');
  await expect(chair).toContainText('het thuis slechter gaat sinds die tips');
  await expectAccessible(page, 'Timo, the empty chair');
  await choose(page, 'nl', 'Timo is zijn afspraak vergeten. Wilt u ervoor zorgen');

  await readScene(page, 'nl', 8, 'Einde: Hulp die niet mocht lukken');
  const end = sceneRegion(page, 8, 'Einde: Hulp die niet mocht lukken');
  await expect(end).toContainText('een half uur te laat, een ‘vergeten’ afspraak');
  await expect(end).toContainText('Ik ben gewoon slecht.');
  await expect(end).toContainText('Timo saboteerde de hulp');
  await expect(triangleSide(page, 'nl', 'Timo–jij')).toContainText('beschadigd');
  await expectAccessible(page, 'Timo, the ending');

  await openDebrief(page, 'nl');
  const ending = page.getByRole('region', { name: 'Afloop' });
  await expect(ending).toContainText('Hulp die niet mocht lukken');
  await expect(ending).toContainText('Slechte afloop');
  // The first answer took over what the parents laid down: the abdication of their responsibility.
  const tips = debriefChoice(page, 'Keuze 1 · week 1 · Het gesprek met ouders, Timo en juf');
  await expect(tips).toContainText(
    'Geschonden: emotionele hiërarchie, verantwoordelijkheidshiërarchie',
  );
  // The parents asked, and on outbursts the counsellor knows more: expertise only strains.
  await expect(tips).toContainText('Belast: deskundigheidshiërarchie');
  await expect(tips).toContainText('De ouders doen afstand van hun opvoedverantwoordelijkheid');
  await expect(tips).toContainText('Hier week je af van het respectvolle pad.');
  await expect(tips).toContainText('Timo komt een half uur te laat');
  await expect(
    debriefChoice(page, 'Keuze 3 · week 3 · De eerste begeleidingssessie'),
  ).toContainText('Timo ‘vergeet’ zijn tweede afspraak.');
  await expect(page.getByRole('region', { name: 'Kernideeën' })).toContainText(
    'Valkuil: ouders die hun verantwoordelijkheid uit handen geven',
  );
  await expectAccessible(page, 'the debrief of Timo’s source path');
});

test('the respectful path: the parents ask for the meeting and choose their own approach', async ({
  page,
}) => {
  await startCase(page, 'nl', /^Timo/);

  await readScene(page, 'nl', 1, 'Het gesprek met ouders, Timo en juf');
  await expectAccessible(page, 'Timo, the meeting');
  await choose(page, 'nl', 'Ik kan vertellen wat we weten over driftbuien');
  await expect(log(page, 'nl')).toContainText('Timo kijkt voor het eerst op.');

  await readScene(page, 'nl', 1, '‘Wilt u hem stevig aanpakken?’');
  await expectAccessible(page, 'Timo, the firm request');
  await choose(page, 'nl', 'Op school pakken we het aan');

  // The parents take up the offer themselves.
  await readScene(page, 'nl', 2, 'Bij het hek');
  await expect(log(page, 'nl')).toContainText(
    'Dat gesprek zonder Timo — daar willen we graag op ingaan.',
  );
  await expectAccessible(page, 'Timo, at the gate');
  await choose(page, 'nl', 'Wat een weekend.');

  await readScene(page, 'nl', 2, 'Gesprek met de ouders, zonder Timo');
  await expect(log(page, 'nl')).toContainText('We hebben wat opgeschreven.');
  await expectAccessible(page, 'Timo, the meeting without Timo');
  await choose(page, 'nl', 'Ik denk even hardop');
  await expect(log(page, 'nl')).toContainText('Ze kiezen hun eigen combinatie.');

  await readScene(page, 'nl', 3, 'De eerste begeleidingssessie');
  const first = sceneRegion(page, 3, 'De eerste begeleidingssessie');
  await expect(first).toContainText('Om tien uur precies klopt Timo aan.');
  await expect(first).toContainText('Mijn moeder zei dat ik bij jou kom voor het plein.');
  await expect(first.locator('aside')).toHaveCount(0);
  await expectAccessible(page, 'Timo, the first session');
  await choose(page, 'nl', 'Vrijdag ging het mis op het plein.');

  await readScene(page, 'nl', 4, 'De tweede begeleidingssessie');
  await expect(log(page, 'nl')).toContainText('Dat heeft mijn vader bedacht.');
  await expectAccessible(page, 'Timo, the second session');
  await choose(page, 'nl', 'Laten we naar het plein kijken');

  await readScene(page, 'nl', 8, 'Einde: Hun eigen aanpak');
  await expect(log(page, 'nl')).toContainText('Het is ónze manier.');
  await expect(triangleSide(page, 'nl', 'Ouders–Timo')).toContainText('sterk');
  await expectAccessible(page, 'Timo, the good ending');

  await openDebrief(page, 'nl');
  const ending = page.getByRole('region', { name: 'Afloop' });
  await expect(ending).toContainText('Hun eigen aanpak');
  await expect(ending).toContainText('Goede afloop');
  await expect(page.getByRole('region', { name: 'Telling per hiërarchie' })).toContainText(
    'Schendingen in totaal: 0',
  );
  for (const [number, heading] of [
    [1, 'week 1 · Het gesprek met ouders, Timo en juf'],
    [4, 'week 2 · Gesprek met de ouders, zonder Timo'],
    [6, 'week 4 · De tweede begeleidingssessie'],
  ] as const) {
    await expect(debriefChoice(page, `Keuze ${number} · ${heading}`)).toContainText(
      'Geen enkele hiërarchie geschonden.',
    );
  }
  await expectAccessible(page, 'the debrief of Timo’s respectful path');
});
