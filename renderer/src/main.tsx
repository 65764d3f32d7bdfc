import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { createClient } from './api/choose-client.js';
import type { PreloadApi } from './api/contract-types.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { createServices, ServicesProvider } from './services.js';
import { connectStores } from './store/connect-stores.js';
import { applyCachedTheme } from './theme/use-theme.js';

applyCachedTheme(document.documentElement, localStorage);

// Before anything reads the address: the token in #token=... is taken out of it here.
const client = createClient(window as Window & { crossdock?: PreloadApi });
const services = createServices(client, { networkOnline: navigator.onLine });
connectStores(client, services.session, services.settings, window);

// A file dropped outside a drop zone must not replace the app with the file's contents.
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => {
    if (!event.defaultPrevented) event.preventDefault();
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="Crossdock">
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </ErrorBoundary>
  </StrictMode>,
);
