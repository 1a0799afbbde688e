// Fast-refresh setup as a module: the strict CSP blocks the inline script Vite would inject in dev.
// It is empty in a production build.
import '@vitejs/plugin-react/preamble';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { forwardRendererErrors, reportRendererError } from './app/error-reports.ts';
import { useSettingsStore } from './app/use-settings-store.ts';
import { DEFAULT_FILTERS, useQueueStore } from './features/queue/use-queue-store.ts';
import { FALLBACK_LOCALE, initI18n } from './i18n/index.ts';
import './styles.css';

forwardRendererErrors(window);

const root = document.getElementById('root');
if (!root) throw new Error('renderer/index.html has no #root element');

// The settings come first: they choose the language and the station's locations for the queue.
await useSettingsStore.getState().load();
const settings = useSettingsStore.getState().settings;
const i18n = initI18n(settings?.locale ?? FALLBACK_LOCALE);
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
if (settings) useQueueStore.setState({ filters: { ...DEFAULT_FILTERS, locationIds: settings.locationIds } });

// A render error that no boundary caught unmounts the app: its component stack goes to the log.
createRoot(root, {
  onUncaughtError(error, info) {
    reportRendererError({
      kind: 'render',
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
      ...(info.componentStack ? { source: info.componentStack } : {}),
    });
  },
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
