import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { startMockBackend } from '@/mocks/browser';
import App from './App';
import { makeStore } from './store';

// Sam, a second user, edits this project (mostly its tasks) every two seconds: the socket has news.
await startMockBackend({ secondUser: { enabled: true, ratePerSecond: 0.5, projectId: 'proj_07' } });

const store = makeStore();

createRoot(document.getElementById('root')!).render(
  <Provider store={store}>
    <App />
  </Provider>,
);
