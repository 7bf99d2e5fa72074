/**
 * End-to-end tests in Debian's Chromium against the built app (npm run build first), served by the
 * app's own server (src/server/) as npm start serves it: compressed, with its cache and security headers.
 * scripts/ensure-chromium.sh installs Chromium when it is missing.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4180);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Whole playthroughs of a case, with axe on each screen, on a 2-core machine.
  timeout: 120_000,
  reporter: [['list'], ['json', { outputFile: '.tmp/e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx tsx src/server/main.ts --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    // Whole playthroughs of a case, with axe on each screen, on a 2-core machine.
    timeout: 120_000,
  },
});
