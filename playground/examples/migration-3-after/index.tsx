import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startMockBackend } from '@/mocks/browser';
import App from './App';

// Answers take 200–600 ms, as over a real network: long enough to see every "Loading…".
await startMockBackend({ faults: { latency: [200, 600] } });

const queryClient = new QueryClient();

// No Redux store left. Jotai needs no provider: atoms live in its default store.
createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
);
