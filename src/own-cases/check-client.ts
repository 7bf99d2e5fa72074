/** Check a chosen file in the check worker; one worker per file, ended when it answers or hangs. */
import type { ValidationResult } from '../authoring/index.ts';
import { MAX_SCENARIO_BYTES } from '../authoring/limits.ts';
import type { Language } from '../engine/index.ts';
import type { CheckRequest } from './check.worker.ts';

/** A file that takes longer than this to check is refused rather than left to hang. */
export const CHECK_TIMEOUT_MS = 20_000;

export type CheckOutcome =
  /** The validator's result, with the file's text to show the lines around each problem. */
  | ({ status: 'checked'; text: string } & ValidationResult)
  /** Refused before reading: larger than the validator's limit. */
  | { status: 'too-large'; size: number; limit: number }
  | { status: 'timeout' | 'failed' };

export async function checkFile(file: File, lang: Language): Promise<CheckOutcome> {
  // The size is known without reading the file: a 20 MB file is refused at once.
  if (file.size > MAX_SCENARIO_BYTES)
    return { status: 'too-large', size: file.size, limit: MAX_SCENARIO_BYTES };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { status: 'failed' };
  }
  // Decoded leniently here, only to show lines; the worker checks the encoding strictly.
  const text = new TextDecoder().decode(bytes);
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<CheckOutcome>((resolve) => {
    const finish = (outcome: CheckOutcome) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ status: 'timeout' }), CHECK_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<ValidationResult>) =>
      finish({ status: 'checked', text, ...event.data });
    worker.onerror = () => finish({ status: 'failed' });
    const request: CheckRequest = { bytes, fileName: file.name, lang };
    worker.postMessage(request, [bytes]);
  });
}
