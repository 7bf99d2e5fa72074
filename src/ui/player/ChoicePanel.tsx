/** The options as buttons in a group named "Keuzes"/"Choices"; keys 1–9 choose too. */
import { useSelector } from '@xstate/react';
import { useEffect, useMemo } from 'react';
import type { Actor } from 'xstate';
import {
  availableOptions,
  localize,
  type BuiltScenario,
  type ScenarioMachine,
} from '../../engine/index.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { AFTER_LINES } from './after-lines.ts';

export function ChoicePanel({
  actor,
  built,
  step,
  choose,
}: {
  actor: Actor<ScenarioMachine>;
  built: BuiltScenario;
  step: string;
  /** Choose an option, by id (see useChoosing). */
  choose: (option: string) => void;
}) {
  const { t, language } = useLocale();
  const { scenario } = built;
  const context = useSelector(actor, (s) => s.context);
  const scene = scenario.scenes[step];
  const options = useMemo(
    () => (scene?.choice ? availableOptions(scenario, context, step) : []),
    [scenario, scene, context, step],
  );

  useEffect(() => {
    if (!options.length) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const option = options[Number(event.key) - 1];
      if (!/^[1-9]$/.test(event.key) || !option) return;
      event.preventDefault();
      choose(option.id);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [choose, options]);

  if (!scene) return null;
  if (!scene.choice) {
    return (
      <div className="scene-end">
        <p className="scene-done" tabIndex={-1} {...AFTER_LINES}>
          {t('player.sceneDone')}
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => actor.send({ type: 'scene.continue' })}
        >
          {t('player.continue')}
        </button>
      </div>
    );
  }
  return (
    <div className="choice">
      {/* Where focus lands after the last line: the question, not an answer to it. */}
      <div className="choice-ask" tabIndex={-1} {...AFTER_LINES}>
        {scene.choice.prompt && (
          <p className="choice-prompt">{localize(scene.choice.prompt, language)}</p>
        )}
        <p className="choice-hint">{t('player.choose', { count: options.length })}</p>
      </div>
      <div role="group" aria-label={t('player.choices')} className="options">
        {options.map((option, i) => (
          <button
            key={option.id}
            type="button"
            className="option"
            onClick={() => choose(option.id)}
          >
            <span className="option-key" aria-hidden="true">
              {i + 1}
            </span>
            <span>{localize(option.text, language)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

/** Whether a key goes into a field. By the markup, not `isContentEditable`, which makes the
 * browser bring styles up to date in the middle of answering the key. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !==
      null
  );
}
