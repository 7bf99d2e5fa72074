/** The audience's route, #/audience/<caseId>: the projector's window, following the presenter. */
import { addMessages } from '../i18n/i18n.ts';
import * as lens from '../lens/messages.ts';
import * as triangle from '../triangle/messages.ts';
import { Audience } from './Audience.tsx';
import { WithCase } from '../case-loader.tsx';
import * as messages from './messages.ts';
import './audience.css';

addMessages([messages, lens, triangle]);

export default function AudienceScreen({ caseId }: { caseId: string }) {
  return <WithCase caseId={caseId}>{(scenario) => <Audience scenario={scenario} />}</WithCase>;
}
