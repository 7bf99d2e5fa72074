/**
 * "Open a case file" checks the file here, off the page's thread, with the same validator as
 * `npm run validate`: a hostile or huge file can keep this worker busy, never the page.
 */
import { validateScenarioFile, type ValidationResult } from '../authoring/index.ts';
import type { Language } from '../engine/index.ts';

export interface CheckRequest {
  bytes: ArrayBuffer;
  fileName: string;
  lang: Language;
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { bytes, fileName, lang } = event.data;
  const result: ValidationResult = validateScenarioFile(new Uint8Array(bytes), fileName, { lang });
  self.postMessage(result);
};
