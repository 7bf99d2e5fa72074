// @vitest-environment jsdom
/** turnsShown and useNextScene: the scene a choice led to waits for "next scene". */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { transcript } from '../../src/engine/index.ts';
import { useNextScene } from '../../src/ui/player/use-next-scene.ts';
import { play } from '../support/scenarios.ts';
import { built, SASKIA_SOURCE } from './debrief-render.tsx';

const saskia = built('saskia');
/** The conversation after Saskia's first choice: scene, answer, the scene it led to. */
const turns = transcript(
  saskia.scenario,
  play(saskia.scenario, SASKIA_SOURCE.slice(0, 1)).getSnapshot().context,
);
const kinds = (shown: { kind: string }[]) => shown.map((turn) => turn.kind);

describe('useNextScene', () => {
  it('opens a run on the scene it stands in, the answer above it', () => {
    const { result } = renderHook(() => useNextScene(turns));
    expect(kinds(result.current.shown)).toEqual(['scene', 'choice', 'scene']);
  });

  it('with holdLastAnswer, keeps the last answer last until "next scene"', () => {
    const { result } = renderHook(() => useNextScene(turns, true));
    expect(kinds(result.current.shown)).toEqual(['scene', 'choice']);
    act(() => result.current.showNextScene());
    expect(kinds(result.current.shown)).toEqual(['scene', 'choice', 'scene']);
  });
});
