import { describe, expect, it } from 'vitest';
import { createLocalStore, createMemoryStore, type Schema } from '../../src/persistence/index.ts';
import {
  DUTCH,
  ENGLISH,
  envelopeText,
  fakeStorage,
  settingsSchema,
  steppingClock,
  type Settings,
} from './support.ts';

const setup = (items: Record<string, string> = {}) => {
  const storage = fakeStorage({ items });
  const store = createLocalStore({ storage, clock: steppingClock() });
  return { storage, store };
};

describe('a store', () => {
  it('round-trips a value in a versioned envelope', () => {
    const { storage, store } = setup();
    expect(store.write('settings', ENGLISH, settingsSchema)).toEqual({ ok: true });
    expect(store.read('settings', settingsSchema)).toEqual({
      status: 'ok',
      value: ENGLISH,
      savedAt: '2026-03-01T09:00:00.000Z',
      storedVersion: 2,
    });
    expect(JSON.parse(storage.items.get('driehoek:data:settings') ?? '')).toEqual({
      v: 2,
      savedAt: '2026-03-01T09:00:00.000Z',
      data: ENGLISH,
    });
  });

  it('reports a key that was never written as missing', () => {
    expect(setup().store.read('settings', settingsSchema)).toEqual({ status: 'missing' });
  });

  it('keeps the previous value as the backup on each write', () => {
    const { storage, store } = setup();
    store.write('settings', DUTCH, settingsSchema);
    const first = storage.items.get('driehoek:data:settings');
    store.write('settings', ENGLISH, settingsSchema);
    expect(storage.items.get('driehoek:backup:settings')).toBe(first);
    expect(store.read('settings', settingsSchema)).toMatchObject({ value: ENGLISH });
    expect([...storage.items.keys()].some((key) => key.includes('pending'))).toBe(false);
  });

  it('reports a value saved by a newer version without touching it', () => {
    const newer = envelopeText(3, { language: 'nl', theme: 'dark' });
    const { storage, store } = setup({ 'driehoek:data:settings': newer });
    expect(store.read('settings', settingsSchema)).toEqual({
      status: 'newer',
      storedVersion: 3,
      savedAt: '2025-12-01T08:00:00.000Z',
    });
    expect(store.write('settings', DUTCH, settingsSchema)).toMatchObject({
      ok: false,
      reason: 'newer',
    });
    expect(storage.items.get('driehoek:data:settings')).toBe(newer);
    expect(store.quarantined()).toEqual([]);
  });

  it('migrates a value from an older version and repairs it on read', () => {
    const { store } = setup({ 'driehoek:data:settings': envelopeText(1, { lang: 'en' }) });
    expect(store.read('settings', settingsSchema)).toEqual({
      status: 'ok',
      value: { language: 'en', reducedMotion: false },
      savedAt: '2025-12-01T08:00:00.000Z',
      storedVersion: 1,
    });
  });

  it.each([
    ['a gap in the migrations', { ...settingsSchema, version: 3 }, 'too-old'],
    [
      'a migration that throws',
      {
        ...settingsSchema,
        migrations: {
          1: () => {
            throw new Error('boom');
          },
        },
      },
      'migration-failed',
    ],
    [
      'a restore that throws',
      {
        ...settingsSchema,
        restore: () => {
          throw new TypeError('bad shape');
        },
      },
      'invalid',
    ],
  ] satisfies [string, Schema<Settings>, string][])(
    'reports %s as a problem instead of throwing',
    (_, schema, code) => {
      const { store } = setup({ 'driehoek:data:settings': envelopeText(1, { lang: 'en' }) });
      expect(store.read('settings', schema)).toMatchObject({
        status: 'corrupt',
        problem: { code },
      });
    },
  );

  it.each([
    ['a value the schema refuses', { language: 'fr' }],
    ['a circular value', (() => ({ self: {} as object }))()],
    ['a value JSON cannot hold', { language: 'nl', count: BigInt(1) }],
  ])('refuses to write %s and stores nothing', (_, value) => {
    if ('self' in value) value.self = value;
    const { storage, store } = setup();
    const result = store.write('settings', value as unknown as Settings, settingsSchema);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(storage.items.size).toBe(0);
  });

  it('removes a value and its backup on purpose', () => {
    const { storage, store } = setup();
    store.write('settings', DUTCH, settingsSchema);
    store.write('settings', ENGLISH, settingsSchema);
    expect(store.remove('settings')).toBe(true);
    expect(store.read('settings', settingsSchema)).toEqual({ status: 'missing' });
    expect(storage.items.size).toBe(0);
  });

  it('lists only its own value keys, filtered by prefix', () => {
    const { store } = setup({
      'other-app:runs:1': 'x',
      'driehoekje:runs:1': 'x',
      'driehoek:backup:runs:zz': envelopeText(2, DUTCH),
      'driehoek:pending:runs:yy': envelopeText(2, DUTCH),
      'driehoek:quarantine:runs:xx:1': '{}',
    });
    store.write('runs:b', DUTCH, settingsSchema);
    store.write('runs:a', DUTCH, settingsSchema);
    store.write('settings', DUTCH, settingsSchema);
    expect(store.keys()).toEqual(['runs:a', 'runs:b', 'settings']);
    expect(store.keys('runs:')).toEqual(['runs:a', 'runs:b']);
  });

  it('keeps keys that look like internal ones apart from them', () => {
    const { store } = setup();
    store.write('x:backup', DUTCH, settingsSchema);
    store.write('x', ENGLISH, settingsSchema);
    store.write('x', DUTCH, settingsSchema);
    expect(store.keys()).toEqual(['x', 'x:backup']);
    expect(store.read('x:backup', settingsSchema)).toMatchObject({ status: 'ok', value: DUTCH });
  });

  it('keeps separate memory stores apart', () => {
    const a = createMemoryStore();
    const b = createMemoryStore();
    a.write('settings', DUTCH, settingsSchema);
    expect(a.available).toBe(true);
    expect(a.read('settings', settingsSchema)).toMatchObject({ status: 'ok', value: DUTCH });
    expect(b.read('settings', settingsSchema)).toEqual({ status: 'missing' });
  });
});
