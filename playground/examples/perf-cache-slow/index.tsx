import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startMockBackend } from '@/mocks/browser';
import App from './App';
import { statsQuery } from './queries';

// The mock backend answers in the page, before the app's first request.
await startMockBackend();

const queryClient = new QueryClient();

// Keeps the stats fresh every second, whether or not anything shows them.
setInterval(() => queryClient.query(statsQuery).catch(() => {}), 1_000);

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
);
