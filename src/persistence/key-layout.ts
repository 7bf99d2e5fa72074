/**
 * Where a store keeps things inside a shared Web Storage. Values, backups, pending writes and
 * quarantine each get their own sub-namespace, so no caller key can collide with another's
 * backup and foreign keys (other apps on the same origin) are never listed or touched.
 */

export interface KeyLayout {
  /** The main value of a key. */
  data(key: string): string;
  /** The last good value before the current one. */
  backup(key: string): string;
  /** The new value while a write is under way. */
  pending(key: string): string;
  /** Where quarantined entries live; an entry's id is the rest of its storage key. */
  quarantinePrefix: string;
  /** The caller key of a main-value storage key, or null if it is not one. */
  keyOf(storageKey: string): string | null;
}

/** The layout of keys under a namespace such as 'driehoek:'. */
export function keyLayout(namespace: string): KeyLayout {
  const dataPrefix = `${namespace}data:`;
  return {
    data: (key) => dataPrefix + key,
    backup: (key) => `${namespace}backup:${key}`,
    pending: (key) => `${namespace}pending:${key}`,
    quarantinePrefix: `${namespace}quarantine:`,
    keyOf: (storageKey) =>
      storageKey.startsWith(dataPrefix) ? storageKey.slice(dataPrefix.length) : null,
  };
}
