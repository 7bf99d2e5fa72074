import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compressPlugin } from './scripts/vite-plugin-compress.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { offlinePlugin } from './scripts/vite-plugin-offline.ts';
import { scenariosPlugin } from './scripts/vite-plugin-scenarios.ts';

export default defineConfig({
  plugins: [react(), scenariosPlugin(), cspPlugin(), offlinePlugin(), compressPlugin()],
  build: { target: 'es2022' },
  preview: { port: 4173 },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The model-based and property tests explore thousands of states; on a busy 2-core machine
    // one can take well over Vitest's default 5 s.
    testTimeout: 30_000,
  },
});
