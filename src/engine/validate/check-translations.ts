import type { ScenarioFile } from '../scenario.schema.ts';
import { LANGUAGES } from '../vocabulary.ts';
import { finding, type Finding } from './problem.ts';
import { textsOf } from './walk.ts';

/** Every text has every language the scenario declares, and none it does not. */
export function checkTranslations(file: ScenarioFile): Finding[] {
  const declared = file.languages;
  const languages = declared.join(', ');
  const found: Finding[] = [];
  for (const { value: text, path } of textsOf(file)) {
    if (typeof text === 'string') {
      if (declared.length > 1) found.push(finding('untranslated-text', path, { languages }));
      continue;
    }
    for (const language of declared) {
      if (!text[language])
        found.push(finding('missing-translation', path, { language, languages }));
    }
    for (const language of LANGUAGES) {
      if (text[language] && !declared.includes(language)) {
        found.push(finding('extra-language', path, { language }, { severity: 'warning' }));
      }
    }
  }
  return found;
}
