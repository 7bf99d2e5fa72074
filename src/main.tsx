import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { afterNextFrame } from './ui/after-paint.ts';
import { loadOwnCases } from './ui/catalog.ts';
import { initI18n } from './ui/i18n/i18n.ts';
import { registerOffline } from './ui/offline.ts';
import { settingsStore } from './ui/stores.ts';
import './ui/styles.css';

const { language } = settingsStore.getState();
initI18n(language);
document.documentElement.lang = language;

registerOffline();

// The first screen is rendered in the same task as the script, so the first paint is the finished
// library and no long task is left to block input after it (on a slow phone the scheduled render
// came after the first paint and blocked the page for half a second).
const root = createRoot(document.getElementById('root') as HTMLElement);
flushSync(() => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

// The user's own cases come from IndexedDB (and their code from a chunk of its own): after the
// first paint, so the built-in library is on screen at once.
afterNextFrame(() => void loadOwnCases());
