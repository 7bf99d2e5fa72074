/**
 * The presenter's route, #/present/<caseId>: loads the case and the room's strings, then the view;
 * with a live room's key in this tab (from the printed presenter URL), the live presenter, whose
 * chunk carries socket.io-client.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { presenterKey } from '../live/device.ts';
import { addMessages } from '../i18n/i18n.ts';
import * as lens from '../lens/messages.ts';
import { useSettings } from '../stores.ts';
import * as triangle from '../triangle/messages.ts';
import { WithCase } from '../case-loader.tsx';
import * as messages from './messages.ts';
import { Presenter } from './Presenter.tsx';
import { roomStore } from './room-store.ts';
import './room.css';

addMessages([messages, lens, triangle]);

const LivePresenter = lazy(() => import('../live/LivePresenter.tsx'));

export default function PresenterScreen({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [key] = useState(presenterKey);
  return (
    <WithCase caseId={caseId}>
      {(scenario) =>
        key ? (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <LivePresenter
              presenterKey={key}
              scenario={scenario}
              store={roomStore()}
              language={language}
            />
          </Suspense>
        ) : (
          <Presenter scenario={scenario} store={roomStore()} language={language} />
        )
      }
    </WithCase>
  );
}
