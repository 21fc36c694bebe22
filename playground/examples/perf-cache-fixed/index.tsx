import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startMockBackend } from '@/mocks/browser';
import App from './App';

// The mock backend answers in the page, before the app's first request.
await startMockBackend();

const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
);
