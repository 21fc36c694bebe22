import { createRoot } from 'react-dom/client';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { startMockBackend } from '@/mocks/browser';
import App from './App';
import { persistOptions, queryClient } from './queryClient';

// The mock backend answers in the page, before the app's first request.
await startMockBackend();

// Restores the cache before queries fetch (they wait while useIsRestoring() is true), then saves it as it changes.
createRoot(document.getElementById('root')!).render(
  <PersistQueryClientProvider client={queryClient} persistOptions={persistOptions}>
    <App />
  </PersistQueryClientProvider>,
);
