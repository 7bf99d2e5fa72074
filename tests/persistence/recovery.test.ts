import { describe, expect, it } from 'vitest';
import { createLocalStore } from '../../src/persistence/index.ts';
import {
  DUTCH,
  ENGLISH,
  envelopeText,
  fakeStorage,
  frozenClock,
  settingsSchema,
  steppingClock,
} from './support.ts';

const MAIN = 'driehoek:data:settings';
const BACKUP = 'driehoek:backup:settings';
const GOOD_BACKUP = envelopeText(2, DUTCH);

const setup = (items: Record<string, string>, clock = steppingClock()) => {
  const storage = fakeStorage({ items });
  return { storage, store: createLocalStore({ storage, clock }) };
};

const broken: [string, string, string][] = [
  ['truncated JSON', '{"v":2,"savedAt":"2026', 'unparseable'],
  ['foreign JSON', '"hello"', 'not-an-envelope'],
  ['JSON null', 'null', 'not-an-envelope'],
  ['a version that is not a number', '{"v":"2","savedAt":"x","data":{}}', 'not-an-envelope'],
  ['data of the wrong shape', envelopeText(2, { language: 42 }), 'invalid'],
];

describe('reading a broken value', () => {
  it.each(broken)('recovers from the backup when the main value is %s', (_, raw, code) => {
    const { storage, store } = setup({ [MAIN]: raw, [BACKUP]: GOOD_BACKUP });
    const result = store.read('settings', settingsSchema);
    expect(result).toMatchObject({ status: 'recovered', value: DUTCH, problem: { code } });
    expect(store.quarantined()).toEqual([
      expect.objectContaining({
        key: 'settings',
        source: 'main',
        raw,
        problem: { code, detail: expect.any(String) },
      }),
    ]);
    // Reading never deletes: the broken text is still where it was, as is the backup.
    expect(storage.items.get(MAIN)).toBe(raw);
    expect(storage.items.get(BACKUP)).toBe(GOOD_BACKUP);
  });

  it('recovers from the backup when the main value has vanished', () => {
    const { store } = setup({ [BACKUP]: GOOD_BACKUP });
    expect(store.read('settings', settingsSchema)).toMatchObject({
      status: 'recovered',
      value: DUTCH,
      problem: { code: 'missing' },
      quarantined: [],
    });
  });

  it('quarantines both texts when neither is usable and keeps them listed', () => {
    const { storage, store } = setup({ [MAIN]: 'garbage', [BACKUP]: '"also garbage"' });
    const result = store.read('settings', settingsSchema);
    expect(result).toMatchObject({ status: 'corrupt', problem: { code: 'unparseable' } });
    if (result.status !== 'corrupt') return;
    expect(result.quarantined).toHaveLength(2);
    expect(store.quarantined().map(({ source, raw }) => [source, raw])).toEqual([
      ['main', 'garbage'],
      ['backup', '"also garbage"'],
    ]);
    expect(storage.items.get(MAIN)).toBe('garbage');
  });

  it('reports a backup from a newer version as newer, not as corrupt', () => {
    const newer = envelopeText(3, { language: 'nl' });
    const { storage, store } = setup({ [MAIN]: 'garbage', [BACKUP]: newer });
    expect(store.read('settings', settingsSchema)).toMatchObject({
      status: 'newer',
      storedVersion: 3,
    });
    expect(storage.items.get(BACKUP)).toBe(newer);
    expect(store.quarantined().map((entry) => entry.source)).toEqual(['main']);
  });

  it('reports the backup problem when only a broken backup is left', () => {
    const { store } = setup({ [BACKUP]: '{' });
    expect(store.read('settings', settingsSchema)).toMatchObject({
      status: 'corrupt',
      problem: { code: 'unparseable' },
    });
  });

  it('does not pile up copies when the same broken value is read again', () => {
    const { store } = setup({ [MAIN]: 'garbage' });
    const first = store.read('settings', settingsSchema);
    const second = store.read('settings', settingsSchema);
    expect(second).toEqual(first);
    expect(store.quarantined()).toHaveLength(1);
  });

  it('gives each quarantined text its own entry even within one millisecond', () => {
    const { storage, store } = setup({ [MAIN]: 'first' }, frozenClock());
    store.read('settings', settingsSchema);
    storage.items.set(MAIN, 'second');
    store.read('settings', settingsSchema);
    const entries = store.quarantined();
    expect(entries.map((entry) => entry.raw).sort()).toEqual(['first', 'second']);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(2);
  });
});

describe('writing over a broken value', () => {
  it('quarantines the broken text and keeps the backup as the last good copy', () => {
    const { storage, store } = setup({ [MAIN]: 'garbage', [BACKUP]: GOOD_BACKUP });
    expect(store.write('settings', ENGLISH, settingsSchema)).toEqual({ ok: true });
    expect(storage.items.get(BACKUP)).toBe(GOOD_BACKUP);
    expect(store.read('settings', settingsSchema)).toMatchObject({ status: 'ok', value: ENGLISH });
    expect(store.quarantined().map((entry) => entry.raw)).toEqual(['garbage']);
  });
});

describe('the quarantine', () => {
  it('exports entries with their raw text verbatim', () => {
    const raw = '{"v":2,"savedAt":"2026-01-01","data":{"language":"fr"}} trailing';
    const { store } = setup({ [MAIN]: raw });
    store.read('settings', settingsSchema);
    const exported = JSON.parse(store.exportQuarantine());
    expect(exported).toMatchObject({
      format: 'driehoek.quarantine',
      entries: [{ key: 'settings', raw }],
    });
  });

  it('deletes an entry only when asked, and only that one', () => {
    const { store } = setup({ [MAIN]: 'a', 'driehoek:data:notes': 'b' });
    store.read('settings', settingsSchema);
    store.read('notes', settingsSchema);
    const [first, second] = store.quarantined();
    expect(store.deleteQuarantined(first?.id ?? '')).toBe(true);
    expect(store.deleteQuarantined('no-such-entry')).toBe(false);
    expect(store.quarantined()).toEqual([second]);
  });

  it('lists foreign or damaged text in its namespace instead of crashing', () => {
    const { store } = setup({
      'driehoek:quarantine:odd': 'not json',
      'driehoek:quarantine:x': '[]',
    });
    expect(store.quarantined()).toEqual([
      expect.objectContaining({ id: 'odd', source: 'unknown', raw: 'not json' }),
      expect.objectContaining({ id: 'x', source: 'unknown', raw: '[]' }),
    ]);
  });
});
