import type { ScenarioFile } from '../engine/scenario.schema.ts';
import { LANGUAGES } from '../engine/vocabulary.ts';
import { finding, type Finding } from './problem.ts';
import { walkScenario } from './walk.ts';

/** Every text has every language the scenario declares, and none it does not. */
export function checkTranslations(file: ScenarioFile): Finding[] {
  const declared = file.languages;
  const languages = declared.join(', ');
  const found: Finding[] = [];
  walkScenario(file, {
    text: (text, here) => {
      if (typeof text === 'string') {
        if (declared.length > 1) found.push(finding('untranslated-text', here(), { languages }));
        return;
      }
      for (const language of declared) {
        if (!text[language])
          found.push(finding('missing-translation', here(), { language, languages }));
      }
      for (const language of LANGUAGES) {
        if (text[language] && !declared.includes(language))
          found.push(finding('extra-language', here(), { language }, { severity: 'warning' }));
      }
    },
  });
  return found;
}
