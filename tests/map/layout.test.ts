import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../bench/generate.ts';
import { normalizeScenario } from '../../src/engine/index.ts';
import { scenarioMap } from '../../src/map/graph.ts';
import { layoutMap, NODE_HEIGHT, NODE_WIDTH } from '../../src/map/layout.ts';
import { pathOnMap } from '../../src/map/path.ts';
import { respectfulPlaythrough } from '../support/paths.ts';
import { loadScenario, mutate, noorText, unvalidatedScenario } from '../support/scenarios.ts';

describe('scenarioMap', () => {
  const noor = unvalidatedScenario(noorText());
  const map = scenarioMap(noor);

  it('has a node for every scene and ending, endings with their tone', () => {
    expect(map.nodes.map((n) => n.id).sort()).toEqual(
      [...Object.keys(noor.scenes), ...Object.keys(noor.endings)].sort(),
    );
    for (const [id, ending] of Object.entries(noor.endings))
      expect(map.nodes.find((n) => n.id === id)).toMatchObject({
        kind: 'ending',
        tone: ending.tone,
      });
  });

  it('has an edge per option, numbered as the player numbers them, with the three verdicts', () => {
    const options = noor.scenes.meeting!.choice!.options;
    const fromMeeting = map.edges.filter((e) => e.from === 'meeting');
    expect(fromMeeting.map((e) => e.option?.number)).toEqual(options.map((_, i) => i + 1));
    expect(fromMeeting[0]!.option!.verdicts).toEqual({
      emotional: options[0]!.verdicts.emotional.verdict,
      responsibility: options[0]!.verdicts.responsibility.verdict,
      expertise: options[0]!.verdicts.expertise.verdict,
    });
  });

  it('marks conditional route entries, and "continue" edges carry no option', () => {
    const fromWeekLater = map.edges.filter((e) => e.from === 'week-later');
    expect(fromWeekLater.map((e) => [e.to, e.conditional, e.option])).toEqual([
      ['closed', true, undefined],
      ['open', false, undefined],
    ]);
  });

  it('marks an edge that leads back to a scene on the way as a back edge, and only that one', () => {
    const looping = unvalidatedScenario(
      mutate(noorText(), '      - goto: open', '      - goto: meeting'),
    );
    const back = scenarioMap(looping).edges.filter((e) => e.back);
    expect(back.map((e) => [e.from, e.to])).toEqual([['week-later', 'meeting']]);
    expect(map.edges.some((e) => e.back)).toBe(false);
  });
});

describe('layoutMap', () => {
  it('places every node of a case without overlaps, each edge with its points and label', () => {
    const map = scenarioMap(loadScenario('scenarios/saskia.yaml'));
    const layout = layoutMap(map);
    const boxes = Object.values(layout.nodes);
    expect(boxes).toHaveLength(map.nodes.length);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= NODE_HEIGHT,
          `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`,
        ).toBe(true);
    for (const edge of map.edges) expect(layout.edges[edge.id]?.points.length).toBeGreaterThan(1);
  });

  it('draws a start scene above the scenes that follow it', () => {
    const map = scenarioMap(loadScenario('scenarios/timo.yaml'));
    const layout = layoutMap(map);
    for (const edge of map.edges.filter((e) => !e.back))
      expect(layout.nodes[edge.to]!.y, edge.id).toBeGreaterThan(layout.nodes[edge.from]!.y);
  });

  it('lays out the benchmark’s thousand-scene case', () => {
    const map = scenarioMap(normalizeScenario(generateScenario(1000)));
    const layout = layoutMap(map);
    expect(Object.keys(layout.nodes)).toHaveLength(map.nodes.length);
    expect(layout.width).toBeGreaterThan(0);
  });
});

describe('pathOnMap', () => {
  it('follows a run through the map: every scene it entered, every edge it took', () => {
    const scenario = loadScenario('scenarios/saskia.yaml');
    const map = scenarioMap(scenario);
    const { events, end } = respectfulPlaythrough(scenario);
    const path = pathOnMap(scenario, map, events);
    expect(path.nodes).toEqual(end.timeline.map((point) => point.step));
    expect(path.edges).toHaveLength(events.length);
    for (const [i, id] of path.edges.entries()) {
      const edge = map.edges.find((e) => e.id === id)!;
      expect([edge.from, edge.to]).toEqual([path.nodes[i], path.nodes[i + 1]]);
    }
  });
});
