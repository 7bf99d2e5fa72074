/**
 * "Open a case file": the button with its file input, and what came of it (the report loads with
 * the checking code, not with the first screen). Used on the library and in the class report.
 */
import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenCaseFile } from './use-open-case-file.ts';

const OpenReport = lazy(() => import('./OpenReport.tsx'));

export function OpenCaseFileButton({ opening, testId }: { opening: OpenCaseFile; testId: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        disabled={opening.state.step === 'checking'}
      >
        {t('library.own.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml"
        hidden
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so that choosing the same file again (after editing it) is a change.
          event.target.value = '';
          if (file) opening.open(file);
        }}
      />
    </>
  );
}

export function OpenCaseFileOutcome({ opening }: { opening: OpenCaseFile }) {
  const { t } = useTranslation();
  if (opening.state.step === 'idle') return null;
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <OpenReport opening={opening} />
    </Suspense>
  );
}
