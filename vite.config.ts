import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { scenariosPlugin } from './scripts/vite-plugin-scenarios.ts';

export default defineConfig({
  plugins: [
    react(),
    scenariosPlugin(),
    cspPlugin(),
    // Offline once loaded: a service worker keeps every built file, the cases included.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      workbox: { globPatterns: ['**/*.{js,css,html,svg}'], navigateFallback: 'index.html' },
      manifest: {
        name: 'Driehoek',
        short_name: 'Driehoek',
        description: 'Oefenen met gesprekken tussen ouders, leerling en begeleider',
        lang: 'nl',
        start_url: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
    }),
  ],
  build: { target: 'es2022' },
  preview: { port: 4173 },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
