/** Rewind to an earlier choice (the current branch is kept), and switch between the versions. */
import type { Actor } from 'xstate';
import {
  eventsOf,
  localize,
  type BuiltScenario,
  type ChoiceRecord,
  type ScenarioMachine,
} from '../../engine/index.ts';
import { branchState, eventsBeforeChoice, type RunRecord } from '../../state/index.ts';
import { runStore } from '../stores.ts';
import { useLocale } from '../i18n/use-locale.ts';

export function RewindPanel({
  actor,
  history,
  built,
  record,
}: {
  actor: Actor<ScenarioMachine>;
  /** The choices to offer, as the screen shows them. */
  history: ChoiceRecord[];
  built: BuiltScenario;
  record: RunRecord;
}) {
  const { t, language } = useLocale();
  const { scenario } = built;
  const rewind = (choice: number) => {
    const events = eventsBeforeChoice(eventsOf(scenario, actor.getSnapshot().context), choice);
    runStore.getState().fork(record.id, choice, branchState(built, events));
  };
  return (
    <section className="rewind" aria-labelledby="rewind-heading">
      <h3 id="rewind-heading">{t('player.rewind')}</h3>
      {history.length === 0 ? (
        <p>{t('player.nothingYet')}</p>
      ) : (
        <>
          <p>{t('player.rewindIntro')}</p>
          <ol className="rewind-list">
            {history.map((choice) => {
              const scene = scenario.scenes[choice.scene];
              const option = scene?.choice?.options.find((o) => o.id === choice.option);
              return (
                <li key={choice.index}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => rewind(choice.index)}
                  >
                    {t('player.rewindTo', {
                      week: choice.week,
                      scene: scene ? localize(scene.title, language) : choice.scene,
                      option: option ? localize(option.text, language) : choice.option,
                    })}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {record.branches.length > 1 && (
        <>
          <h3>{t('player.versions')}</h3>
          <ol className="versions">
            {record.branches.map((branch, i) => (
              <li key={branch.id}>
                {branch.id === record.activeBranch ? (
                  <span>
                    {t('player.version', { n: i + 1 })} {t('player.versionActive')}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => runStore.getState().switchBranch(record.id, branch.id)}
                  >
                    {t('player.versionOpen', { n: i + 1 })}
                  </button>
                )}{' '}
                — {branch.ended ? localize(branch.title, language) : t('player.playing')}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
