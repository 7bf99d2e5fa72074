import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import catalog from 'virtual:scenarios';
import { App } from './ui/App.tsx';
import { initI18n } from './ui/i18n/i18n.ts';
import { registerOffline } from './ui/offline.ts';
import { settingsStore } from './ui/stores.ts';
import './ui/styles.css';

const { language } = settingsStore.getState();
initI18n(language);
document.documentElement.lang = language;

registerOffline();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App catalog={catalog} />
  </StrictMode>,
);
