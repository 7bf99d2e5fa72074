/** Two tabs over one storage: each hears of the other's writes, and a stale write never lands. */
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/persistence/index.ts';
import { revisedNotesSchema as schema, sharedStorage } from './support.ts';

const twoTabs = () => {
  const shared = sharedStorage();
  const a = shared.tab();
  const b = shared.tab();
  return {
    shared,
    a: createStore(a.storage, { changes: a.changes }),
    b: createStore(b.storage, { changes: b.changes }),
  };
};

describe('compare-and-set writes', () => {
  it('write over the revision they were made from', () => {
    const { a } = twoTabs();
    expect(a.write('notes', { revision: 1, text: 'one' }, schema, { basedOn: 0 })).toEqual({
      ok: true,
    });
    expect(a.write('notes', { revision: 2, text: 'two' }, schema, { basedOn: 1 })).toEqual({
      ok: true,
    });
    expect(a.read('notes', schema)).toMatchObject({ value: { revision: 2, text: 'two' } });
  });

  it('refuse a write made from a revision another tab has moved past, and keep the newer value', () => {
    const { a, b } = twoTabs();
    a.write('notes', { revision: 1, text: 'start' }, schema, { basedOn: 0 });
    // Both tabs read revision 1; tab A writes first.
    expect(a.write('notes', { revision: 2, text: 'A' }, schema, { basedOn: 1 }).ok).toBe(true);
    const stale = b.write('notes', { revision: 2, text: 'B' }, schema, { basedOn: 1 });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    expect(b.read('notes', schema)).toMatchObject({ value: { text: 'A' } });
    // Even its backup is still tab A's previous value, not tab B's.
    expect(b.write('notes', { revision: 3, text: 'B' }, schema, { basedOn: 2 }).ok).toBe(true);
    expect(a.read('notes', schema)).toMatchObject({ value: { revision: 3, text: 'B' } });
  });

  it('refuse to bring back a value another tab removed', () => {
    const { a, b } = twoTabs();
    a.write('notes', { revision: 1, text: 'start' }, schema, { basedOn: 0 });
    a.remove('notes');
    expect(b.write('notes', { revision: 2, text: 'B' }, schema, { basedOn: 1 })).toMatchObject({
      ok: false,
      reason: 'conflict',
    });
    expect(b.read('notes', schema)).toEqual({ status: 'missing' });
  });

  it('refuse a new value where another tab has already written one', () => {
    const { a, b } = twoTabs();
    a.write('notes', { revision: 1, text: 'A' }, schema, { basedOn: 0 });
    expect(b.write('notes', { revision: 1, text: 'B' }, schema, { basedOn: 0 }).ok).toBe(false);
  });

  it('write as before without a revision to compare', () => {
    const { a, b } = twoTabs();
    a.write('notes', { revision: 5, text: 'A' }, schema);
    expect(b.write('notes', { revision: 1, text: 'B' }, schema).ok).toBe(true);
  });
});

describe('watching for other tabs', () => {
  it('tells the other tabs which value changed, once per write, and not the tab that wrote', () => {
    const { shared, a, b } = twoTabs();
    const heardByA: (string | null)[] = [];
    const heardByB: (string | null)[] = [];
    a.watch((key) => heardByA.push(key));
    b.watch((key) => heardByB.push(key));
    a.write('notes', { revision: 1, text: 'one' }, schema);
    a.write('notes', { revision: 2, text: 'two' }, schema);
    a.remove('notes');
    shared.deliver();
    // Backups and pending copies are written too, but only the main value is news.
    expect(heardByB).toEqual(['notes', 'notes', 'notes']);
    expect(heardByA).toEqual([]);
  });

  it('leaves nothing behind after a removal for the other tab to mistake for a damaged value', () => {
    const { shared, a, b } = twoTabs();
    a.write('notes', { revision: 1, text: 'one' }, schema);
    a.write('notes', { revision: 2, text: 'two' }, schema);
    shared.deliver();
    const reads: unknown[] = [];
    b.watch((key) => key && reads.push(b.read(key, schema).status));
    a.remove('notes');
    shared.deliver();
    expect(reads).toEqual(['missing']);
    expect(b.quarantined()).toEqual([]);
  });

  it('stops when asked', () => {
    const { shared, a, b } = twoTabs();
    const heard: (string | null)[] = [];
    const stop = b.watch((key) => heard.push(key));
    stop();
    a.write('notes', { revision: 1, text: 'one' }, schema);
    shared.deliver();
    expect(heard).toEqual([]);
  });
});
