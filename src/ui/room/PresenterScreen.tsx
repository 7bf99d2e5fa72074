/** The presenter's route, #/present/<caseId>: loads the case and the room's strings, then the view. */
import { addMessages } from '../i18n/i18n.ts';
import * as lens from '../lens/messages.ts';
import { useSettings } from '../stores.ts';
import * as triangle from '../triangle/messages.ts';
import { WithCase } from './case-loader.tsx';
import * as messages from './messages.ts';
import { Presenter } from './Presenter.tsx';
import { roomStore } from './room-store.ts';
import './room.css';

addMessages([messages, lens, triangle]);

export default function PresenterScreen({ caseId }: { caseId: string }) {
  const language = useSettings((s) => s.language);
  return (
    <WithCase caseId={caseId}>
      {(scenario) => <Presenter scenario={scenario} store={roomStore()} language={language} />}
    </WithCase>
  );
}
