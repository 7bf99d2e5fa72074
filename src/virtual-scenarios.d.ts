/** Scenarios compiled at build time by scripts/vite-plugin-scenarios.ts. */
declare module 'virtual:scenarios' {
  import type { CatalogEntry } from './engine/catalog.ts';
  const catalog: CatalogEntry[];
  export default catalog;
}

/** Archived releases of each case, by id and version (scripts/vite-plugin-scenarios.ts). */
declare module 'virtual:scenario-releases' {
  const releases: Record<string, Record<string, { hash: string; load: () => Promise<unknown> }>>;
  export default releases;
}
