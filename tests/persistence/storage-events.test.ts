// @vitest-environment jsdom
/** The local store hears other tabs through the browser's storage events on its own storage. */
import { describe, expect, it } from 'vitest';
import { createLocalStore } from '../../src/persistence/index.ts';

const fire = (key: string | null, storageArea: Storage) =>
  window.dispatchEvent(new StorageEvent('storage', { key, storageArea }));

describe('a local store in a browser', () => {
  it('reports storage events on its data keys, as keys, and a cleared storage as null', () => {
    const store = createLocalStore({ storage: window.localStorage });
    const heard: (string | null)[] = [];
    const stop = store.watch((key) => heard.push(key));
    fire('driehoek:data:runs/abc', window.localStorage);
    fire('driehoek:backup:runs/abc', window.localStorage);
    fire('someone-else', window.localStorage);
    fire('driehoek:data:runs/other', window.sessionStorage);
    fire(null, window.localStorage);
    stop();
    fire('driehoek:data:runs/abc', window.localStorage);
    expect(heard).toEqual(['runs/abc', null]);
  });
});
