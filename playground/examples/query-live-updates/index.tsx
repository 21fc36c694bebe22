import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startMockBackend } from '@/mocks/browser';
import App from './App';

// Sam Rivera, a second user, edits a task of this project every two seconds.
await startMockBackend({ secondUser: { enabled: true, ratePerSecond: 0.5, projectId: 'proj_01' } });

const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
);
