/**
 * Persistence: versioned envelopes in a key–value store that keeps a last good copy, quarantines
 * what it cannot read, survives a full quota or a refused storage, and never silently resets.
 */
export type * from './store.types.ts';
export { createLocalStore, createMemoryStore, type LocalStoreOptions } from './local-store.ts';
export { createStore, DEFAULT_NAMESPACE, type StoreOptions } from './store.ts';
export {
  createMemoryStorage,
  isQuotaError,
  openStorage,
  type OpenedStorage,
  type StorageSource,
} from './storage-backend.ts';
export { decode, encode, isEnvelope, type Decoded } from './envelope.ts';
