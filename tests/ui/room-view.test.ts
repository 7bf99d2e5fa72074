/** What the room's screens derive from the flow: pages, letters and what comes next. */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createFlowMachine, type FlowEvent } from '../../src/facilitation/index.ts';
import { audiencePages } from '../../src/ui/room/audience-pages.ts';
import { letterOf, linesOf, paginate, upcoming } from '../../src/ui/room/room-view.ts';
import { built } from './debrief-render.tsx';

const saskia = built('saskia').scenario;

function flowAfter(events: FlowEvent[]) {
  const actor = createActor(createFlowMachine(saskia)).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}
const nexts = (n: number): FlowEvent[] => Array.from({ length: n }, () => ({ type: 'NEXT' }));

describe('paginate', () => {
  it('packs blocks in order within the budget; a block too long for any page gets its own', () => {
    const texts = ['a'.repeat(100), 'b'.repeat(100), 'c'.repeat(1000), 'd'.repeat(10)];
    const pages = paginate(texts, (t) => t, 6);
    expect(pages.flat()).toEqual(texts);
    expect(pages.map((p) => p.map((t) => t[0]).join(''))).toEqual(['ab', 'c', 'd']);
    for (const page of pages.filter((p) => p.length > 1))
      expect(page.reduce((sum, t) => sum + linesOf(t) + 0.5, 0)).toBeLessThanOrEqual(6);
  });
});

describe('room view', () => {
  it('letters options A, B, C…', () => {
    expect([0, 1, 2, 3].map(letterOf).join('')).toBe('ABCD');
  });

  it('tells what Next does: the next line, then the options, and never a decision', () => {
    const start = flowAfter([]);
    const one = { page: 0, pages: 1 };
    expect(upcoming(saskia, start.context, start.value, one).kind).toBe('line');
    const lastLine = flowAfter(nexts(5));
    expect(upcoming(saskia, lastLine.context, lastLine.value, one).kind).toBe('options');
    const voting = flowAfter([...nexts(6), { type: 'VOTING.OPEN' }]);
    expect(voting.value).toBe('voting');
    expect(upcoming(saskia, voting.context, 'voting', one).kind).toBe('closeVoting');
    expect(upcoming(saskia, voting.context, 'voting', { page: 0, pages: 2 })).toEqual({
      kind: 'page',
      page: 2,
      pages: 2,
    });
  });

  it('gives the discussion the options first and the prompts after them', () => {
    const discussion = flowAfter(nexts(7));
    expect(discussion.value).toBe('discussion');
    const pages = audiencePages(saskia, discussion.context, 'discussion', 'nl');
    const kinds = pages.flat().map((b) => b.kind);
    expect(kinds.indexOf('prompt')).toBeGreaterThan(kinds.lastIndexOf('option'));
    expect(kinds.filter((k) => k === 'option')).toHaveLength(4);
  });
});
