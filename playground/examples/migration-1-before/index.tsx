import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { startMockBackend } from '@/mocks/browser';
import App from './App';
import { makeStore } from './store';

// Answers take 200–600 ms, as over a real network: long enough to see every "Loading…".
await startMockBackend({ faults: { latency: [200, 600] } });

createRoot(document.getElementById('root')!).render(
  <Provider store={makeStore()}>
    <App />
  </Provider>,
);
