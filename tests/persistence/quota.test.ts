import { describe, expect, it } from 'vitest';
import { createLocalStore, isQuotaError } from '../../src/persistence/index.ts';
import { envelopeText, fakeStorage, notesSchema, quotaExceeded, steppingClock } from './support.ts';

const MAIN = 'driehoek:data:notes';
const BACKUP = 'driehoek:backup:notes';
const PENDING = 'driehoek:pending:notes';
const note = (text: string) => ({ text });

/** A store whose notes have been written twice: a small older value, then a large current one. */
function written(quotaError?: () => unknown) {
  const storage = fakeStorage(quotaError ? { quotaError } : {});
  const store = createLocalStore({ storage, clock: steppingClock() });
  store.write('notes', note('old'), notesSchema);
  store.write('notes', note('x'.repeat(500)), notesSchema);
  const before = new Map(storage.items);
  return { storage, store, before };
}

describe('a full storage', () => {
  it.each([
    ['a QuotaExceededError DOMException', quotaExceeded],
    ['an error with code 22', () => Object.assign(new Error('full'), { code: 22 })],
    ['old Firefox NS_ERROR_DOM_QUOTA_REACHED', () => ({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })],
    ['an error with code 1014', () => Object.assign(new Error('full'), { code: 1014 })],
  ])('reports quota for %s and leaves value and backup intact', (_, quotaError) => {
    const { storage, store, before } = written(quotaError);
    storage.quota = storage.used() + 10;
    const result = store.write('notes', note('y'.repeat(100)), notesSchema);
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(storage.items).toEqual(before);
    expect(store.read('notes', notesSchema)).toMatchObject({
      status: 'ok',
      value: note('x'.repeat(500)),
    });
  });

  it('leaves everything intact when the new value fits but the backup update does not', () => {
    const { storage, store, before } = written();
    // Room for the pending copy of a small value, not for the 500 characters the backup grows by.
    storage.quota = storage.used() + 200;
    expect(store.write('notes', note('small'), notesSchema)).toMatchObject({ reason: 'quota' });
    expect(storage.items).toEqual(before);
    expect(storage.items.has(PENDING)).toBe(false);
  });

  it('leaves a broken value in place when quarantining it does not fit', () => {
    const garbage = 'g'.repeat(400);
    const storage = fakeStorage({
      items: { [MAIN]: garbage, [BACKUP]: envelopeText(1, note('ok')) },
    });
    const store = createLocalStore({ storage, clock: steppingClock() });
    const before = new Map(storage.items);
    storage.quota = storage.used() + 200;
    expect(store.write('notes', note('new'), notesSchema)).toMatchObject({ reason: 'quota' });
    expect(storage.items).toEqual(before);
  });

  it.each([
    ['smaller', 'new'],
    ['larger', 'n'.repeat(800)],
  ])(
    'needs room for the old and the new value at once, not a character more (new value %s)',
    (_, text) => {
      const { storage, store } = written();
      // Only the length matters here; every timestamp the clock gives has the same length.
      const newText = envelopeText(1, note(text), '2026-03-01T09:00:02.000Z');
      const peak =
        storage.used() -
        (storage.items.get(BACKUP)?.length ?? 0) +
        (storage.items.get(MAIN)?.length ?? 0) +
        PENDING.length +
        newText.length;
      storage.quota = peak - 1;
      expect(store.write('notes', note(text), notesSchema)).toMatchObject({ reason: 'quota' });
      storage.quota = peak;
      expect(store.write('notes', note(text), notesSchema)).toEqual({ ok: true });
      expect(store.read('notes', notesSchema)).toMatchObject({ status: 'ok', value: note(text) });
      expect(storage.items.has(PENDING)).toBe(false);
    },
  );

  it('still recovers on read when there is no room to quarantine', () => {
    const storage = fakeStorage({
      items: { [MAIN]: 'garbage', [BACKUP]: envelopeText(1, note('ok')) },
    });
    const store = createLocalStore({ storage, clock: steppingClock() });
    storage.quota = storage.used();
    expect(store.read('notes', notesSchema)).toMatchObject({
      status: 'recovered',
      value: note('ok'),
      quarantined: [],
    });
    expect(storage.items.get(MAIN)).toBe('garbage');
  });

  it('reports another storage failure on write as unavailable, changing nothing', () => {
    const { storage, store, before } = written(() => new DOMException('denied', 'SecurityError'));
    storage.quota = 0;
    expect(store.write('notes', note('new'), notesSchema)).toMatchObject({ reason: 'unavailable' });
    expect(storage.items).toEqual(before);
  });
});

describe('isQuotaError', () => {
  it.each([
    ['a QuotaExceededError', quotaExceeded(), true],
    ['code 22', { code: 22 }, true],
    ['code 1014', { code: 1014 }, true],
    ['NS_ERROR_DOM_QUOTA_REACHED', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    ['a SecurityError', new DOMException('denied', 'SecurityError'), false],
    ['a plain Error', new Error('quota'), false],
    ['a string', 'QuotaExceededError', false],
    ['null', null, false],
  ])('judges %s', (_, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});
