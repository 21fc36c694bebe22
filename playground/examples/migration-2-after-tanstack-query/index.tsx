import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startMockBackend } from '@/mocks/browser';
import App from './App';
import { makeStore } from './store';

// Answers take 200–600 ms, as over a real network: long enough to see every "Loading…".
await startMockBackend({ faults: { latency: [200, 600] } });

const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <Provider store={makeStore()}>
      <App />
    </Provider>
  </QueryClientProvider>,
);
