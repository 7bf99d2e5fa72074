import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createLocalStore,
  type LocalStoreOptions,
  type StorageLike,
} from '../../src/persistence/index.ts';
import {
  DUTCH,
  envelopeText,
  fakeStorage,
  securityError,
  settingsSchema,
  steppingClock,
  throwingStorage,
} from './support.ts';

const refused: [string, LocalStoreOptions['storage']][] = [
  ['storage is null', null],
  ['the getter returns null', () => null],
  [
    'reaching it throws a SecurityError',
    () => {
      throw securityError();
    },
  ],
  ['every method throws a SecurityError', throwingStorage()],
  ['it is empty and refuses even a byte (private mode)', fakeStorage({ quota: 0 })],
];

describe('a refused storage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(refused)('falls back to memory when %s', (_, storage) => {
    const store = createLocalStore({ storage, clock: steppingClock() });
    expect(store.available).toBe(false);
    expect(store.write('settings', DUTCH, settingsSchema)).toEqual({ ok: true });
    expect(store.read('settings', settingsSchema)).toMatchObject({ status: 'ok', value: DUTCH });
    expect(store.keys()).toEqual(['settings']);
  });

  it('keeps a full storage that still holds data instead of hiding it', () => {
    const storage = fakeStorage({ items: { 'driehoek:data:settings': envelopeText(2, DUTCH) } });
    storage.quota = storage.used();
    const store = createLocalStore({ storage });
    expect(store.available).toBe(true);
    expect(store.read('settings', settingsSchema)).toMatchObject({ status: 'ok', value: DUTCH });
    expect(store.write('settings', DUTCH, settingsSchema)).toMatchObject({ reason: 'quota' });
  });

  it('uses globalThis.localStorage by default', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    const store = createLocalStore();
    expect(store.available).toBe(true);
    store.write('settings', DUTCH, settingsSchema);
    expect(storage.items.has('driehoek:data:settings')).toBe(true);
  });

  it('survives a globalThis.localStorage getter that throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw securityError();
      },
    });
    try {
      expect(createLocalStore().available).toBe(false);
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });

  it('treats a quota error of any form on an empty storage as refused', () => {
    const storage = fakeStorage({ quota: 0, quotaError: () => ({ code: 22 }) });
    expect(createLocalStore({ storage }).available).toBe(false);
  });

  it('does not leave its probe behind', () => {
    const storage = fakeStorage();
    createLocalStore({ storage });
    expect(storage.items.size).toBe(0);
  });
});

describe('a storage that fails mid-session', () => {
  it('reports failures instead of throwing', () => {
    let broken = false;
    const inner = fakeStorage();
    const guard =
      <A extends unknown[], R>(run: (...args: A) => R) =>
      (...args: A): R => {
        if (broken) throw securityError();
        return run(...args);
      };
    const storage: StorageLike = {
      get length() {
        return guard(() => inner.length)();
      },
      key: guard(inner.key),
      getItem: guard(inner.getItem),
      setItem: guard(inner.setItem),
      removeItem: guard(inner.removeItem),
    };
    const store = createLocalStore({ storage, clock: steppingClock() });
    store.write('settings', DUTCH, settingsSchema);
    broken = true;
    expect(store.available).toBe(true);
    expect(store.read('settings', settingsSchema)).toMatchObject({ status: 'unavailable' });
    expect(store.write('settings', DUTCH, settingsSchema)).toMatchObject({ reason: 'unavailable' });
    expect(store.keys()).toEqual([]);
    expect(store.remove('settings')).toBe(false);
    expect(store.quarantined()).toEqual([]);
    expect(JSON.parse(store.exportQuarantine())).toMatchObject({ entries: [] });
    expect(store.deleteQuarantined('x')).toBe(false);
    broken = false;
    expect(store.read('settings', settingsSchema)).toMatchObject({ status: 'ok', value: DUTCH });
  });
});
