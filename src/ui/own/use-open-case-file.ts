/** The state of "open a case file" on the library: the code that checks and stores loads on first use. */
import { useCallback, useState } from 'react';
import type { Language } from '../../engine/index.ts';
import type { ClashChoice } from './own-cases.ts';
import type { AwaitingChoice, OpenState } from './open-case-file.ts';

export interface OpenCaseFile {
  state: OpenState;
  open: (file: File) => void;
  choose: (waiting: AwaitingChoice, choice: ClashChoice) => void;
  dismiss: () => void;
}

export function useOpenCaseFile(lang: Language): OpenCaseFile {
  const [state, setState] = useState<OpenState>({ step: 'idle' });
  const open = useCallback(
    (file: File) => {
      setState({ step: 'checking', fileName: file.name });
      void import('./open-case-file.ts')
        .then(({ openCaseFile }) => openCaseFile(file, lang))
        .then(setState, () =>
          setState({ step: 'unreadable', fileName: file.name, reason: 'failed' }),
        );
    },
    [lang],
  );
  const choose = useCallback((waiting: AwaitingChoice, choice: ClashChoice) => {
    setState({ step: 'checking', fileName: waiting.fileName });
    void import('./open-case-file.ts')
      .then(({ confirmCaseFile }) => confirmCaseFile(waiting, choice))
      .then(setState);
  }, []);
  const dismiss = useCallback(() => setState({ step: 'idle' }), []);
  return { state, open, choose, dismiss };
}
