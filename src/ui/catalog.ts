/**
 * The cases in the library: the built-in ones, compiled into the app, and the user's own, read
 * from IndexedDB after the first paint (own-cases.ts, a lazy chunk). An own case kept under a
 * built-in case's id ("replace") stands in its place.
 */
import builtIn from 'virtual:scenarios';
import { useMemo } from 'react';
import { createStore, useStore } from 'zustand';
import type { CatalogEntry } from '../engine/index.ts';
import type { OwnCatalogEntry } from '../own-cases/record.ts';

export interface CatalogState {
  own: OwnCatalogEntry[];
  /** 'loading' until the own cases are read; 'unavailable' when the browser refuses IndexedDB. */
  ownStatus: 'loading' | 'ready' | 'unavailable';
  /** Own cases that could not be read, not even from their last good copy. */
  unreadable: number;
}

export const catalogStore = createStore<CatalogState>(() => ({
  own: [],
  ownStatus: 'loading',
  unreadable: 0,
}));

export const builtInCatalog: readonly CatalogEntry[] = builtIn;

export function catalogOf({ own }: Pick<CatalogState, 'own'>): CatalogEntry[] {
  const replaced = new Set(own.map((entry) => entry.id));
  return [...builtIn.filter((entry) => !replaced.has(entry.id)), ...own];
}

export const isOwn = (entry: CatalogEntry): entry is OwnCatalogEntry => 'own' in entry;

/** The library's cases, kept stable between renders while nothing changes. */
export function useCatalog(): CatalogEntry[] {
  const own = useStore(catalogStore, (s) => s.own);
  return useMemo(() => catalogOf({ own }), [own]);
}

export const useCatalogState = <T>(select: (state: CatalogState) => T) =>
  useStore(catalogStore, select);

/** A case by its id, as the library offers it now. */
export function catalogEntry(id: string): CatalogEntry | undefined {
  return catalogOf(catalogStore.getState()).find((entry) => entry.id === id);
}

let loading: Promise<void> | undefined;
/** Read the own cases (once); later changes come from own-cases.ts directly. */
export function loadOwnCases(): Promise<void> {
  loading ??= import('./own/own-cases.ts').then(({ refreshOwnCases }) => refreshOwnCases());
  return loading;
}
