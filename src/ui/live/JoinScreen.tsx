/**
 * The phone's page in a room (#/join/<code>): no account, no name. It shows what is being voted
 * on, the phone's own vote (changeable until voting closes), "closed", and after the reveal the
 * verdicts. Without a code in the address it asks for the code on the projector.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isRoomCode } from '../../room/constants.ts';
import { addMessages } from '../i18n/i18n.ts';
import { navigate } from '../router.ts';
import { deviceId } from './device.ts';
import * as messages from './messages.ts';
import { joinRoom, type PhoneRoom } from './phone-room.ts';
import { PhoneBallot } from './PhoneBallot.tsx';
import './live.css';

addMessages([messages]);

export default function JoinScreen({ code }: { code: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="join" aria-labelledby="join-heading">
      <h2 id="join-heading">{t('live.join.title')}</h2>
      {code ? <Joined key={code} code={code} /> : <CodeForm />}
    </section>
  );
}

function CodeForm() {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="join-code"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const code = value.trim().toUpperCase();
        if (!isRoomCode(code)) return setInvalid(true);
        navigate({ screen: 'join', code });
      }}
    >
      <p>{t('live.join.intro')}</p>
      <label htmlFor="join-code">{t('live.join.codeLabel')}</label>
      <input
        id="join-code"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setInvalid(false);
        }}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        aria-describedby="join-code-hint"
        aria-invalid={invalid}
      />
      <p id="join-code-hint" className={invalid ? 'join-error' : 'join-hint'}>
        {invalid ? t('live.join.codeInvalid') : t('live.join.codeHint')}
      </p>
      <button type="submit">{t('live.join.submit')}</button>
    </form>
  );
}

function usePhoneRoom(code: string): PhoneRoom {
  const [room] = useState(() => joinRoom(code, deviceId()));
  useEffect(() => () => room.close(), [room]);
  return room;
}

/** "Try again" after a refusal is a new connection: a new key remounts it. */
function Joined({ code }: { code: string }) {
  const [attempt, setAttempt] = useState(0);
  return <Connected key={attempt} code={code} retry={() => setAttempt((n) => n + 1)} />;
}

function Connected({ code, retry }: { code: string; retry: () => void }) {
  const { t } = useTranslation();
  const room = usePhoneRoom(code);
  const state = useSyncExternalStore(room.subscribe, room.getState);
  if (state.status === 'refused' && state.refusal)
    return (
      <div className="join-refused">
        <p role="alert">{t(`live.join.refusal.${state.refusal}`)}</p>
        <p className="join-actions">
          <button type="button" onClick={retry}>
            {t('live.join.tryAgain')}
          </button>{' '}
          <a href="#/join">{t('live.join.otherCode')}</a>
        </p>
      </div>
    );
  if (state.status === 'closed') return <p role="status">{t('live.join.status.closed')}</p>;
  return (
    <>
      <p className={`join-status join-status-${state.status}`} role="status">
        {t(`live.join.status.${state.status}`)} · {code}
      </p>
      {state.view && (
        <PhoneBallot view={state.view} voteRefused={state.voteRefused} onVote={room.vote} />
      )}
    </>
  );
}
