import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { startMockBackend } from '@/mocks/browser';
import App from './App';
import { createQueryClient } from './queries';

// The mock backend answers in the page, before the app's first request.
await startMockBackend();

const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
);
