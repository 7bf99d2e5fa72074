/** Scenarios compiled at build time by scripts/vite-plugin-scenarios.ts. */
declare module 'virtual:scenarios' {
  import type { CatalogEntry } from './engine/catalog.ts';
  const catalog: CatalogEntry[];
  export default catalog;
}
