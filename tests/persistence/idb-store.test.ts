/** The IndexedDB store keeps the Web Storage store's promises: a last good copy, quarantine, quota. */
import 'fake-indexeddb/auto';
import { createStore as createIdbStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createAsyncStore, openIdbStore } from '../../src/persistence/idb-store.ts';
import type { Schema } from '../../src/persistence/index.ts';
import { quotaExceeded } from './support.ts';

interface Note {
  text: string;
}
const NOTE: Schema<Note> = {
  version: 1,
  restore: (data) =>
    typeof (data as Note | null)?.text === 'string'
      ? { ok: true, value: data as Note }
      : { ok: false, problem: 'No text.' },
};

let databases = 0;
/** A fresh database per test, and direct access to its raw records. */
function fresh() {
  const database = `test-${++databases}`;
  const raw = createIdbStore(database, 'keyval');
  const put = (key: string, value: string) =>
    raw('readwrite', (s) => {
      s.put(value, key);
      return promisifyRequest(s.transaction);
    });
  const all = () =>
    raw('readonly', async (s) => {
      const keys = (await promisifyRequest(s.getAllKeys())).map(String);
      return keys;
    });
  return { database, raw, put, all };
}

describe('the IndexedDB store', () => {
  it('reads back what it wrote, and keeps the value before as the last good copy', async () => {
    const { database, all } = fresh();
    const store = await openIdbStore({ database });
    expect(store.available).toBe(true);
    expect(await store.write('a', { text: 'one' }, NOTE)).toEqual({ ok: true });
    expect(await store.write('a', { text: 'two' }, NOTE)).toEqual({ ok: true });
    expect(await store.read('a', NOTE)).toMatchObject({ status: 'ok', value: { text: 'two' } });
    expect((await all()).sort()).toEqual(['backup:a', 'data:a']);
    expect(await store.keys()).toEqual(['a']);
  });

  it('falls back to the last good copy and quarantines a damaged value instead of dropping it', async () => {
    const { database, put, all } = fresh();
    const store = await openIdbStore({ database });
    await store.write('a', { text: 'one' }, NOTE);
    await store.write('a', { text: 'two' }, NOTE);
    await put('data:a', '{"v":1,"savedAt":"x","data":{"nope":1}}');
    const read = await store.read('a', NOTE);
    expect(read).toMatchObject({ status: 'recovered', value: { text: 'one' } });
    const keys = await all();
    expect(keys.filter((k) => k.startsWith('quarantine:a:'))).toHaveLength(1);
  });

  it('reports a full quota and leaves the value and its backup as they were', async () => {
    const { database } = fresh();
    const real = createIdbStore(database, 'keyval');
    // An object store that, like a browser at its quota, aborts the transaction of a large put.
    const full: UseStore = (mode, callback) =>
      real(mode, (store) => {
        const put = store.put.bind(store);
        store.put = (value: unknown, key?: IDBValidKey) => {
          if (String(value).length > 100) {
            store.transaction.abort();
            throw quotaExceeded();
          }
          return put(value, key);
        };
        return callback(store);
      });
    const store = createAsyncStore(full, () => new Date(0), true);
    await store.write('a', { text: 'small' }, NOTE);
    await store.write('a', { text: 'smaller' }, NOTE);
    const result = await store.write('a', { text: 'x'.repeat(200) }, NOTE);
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(await store.read('a', NOTE)).toMatchObject({ status: 'ok', value: { text: 'smaller' } });
  });

  it('keeps values for this tab only, and says so, when IndexedDB is refused', async () => {
    const store = await openIdbStore({ indexedDB: false });
    expect(store.available).toBe(false);
    await store.write('a', { text: 'kept' }, NOTE);
    expect(await store.read('a', NOTE)).toMatchObject({ status: 'ok', value: { text: 'kept' } });
    expect(await store.remove('a')).toBe(true);
    expect(await store.read('a', NOTE)).toEqual({ status: 'missing' });
  });

  it('leaves data written by a newer app untouched', async () => {
    const { database, put } = fresh();
    const store = await openIdbStore({ database });
    await put('data:a', '{"v":9,"savedAt":"x","data":{}}');
    expect(await store.write('a', { text: 'old app' }, NOTE)).toMatchObject({ reason: 'newer' });
    expect(await store.read('a', NOTE)).toMatchObject({ status: 'newer', storedVersion: 9 });
  });
});
