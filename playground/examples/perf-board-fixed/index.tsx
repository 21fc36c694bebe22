import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { startMockBackend } from '@/mocks/browser';
import App from './App';
import { makeStore } from './store';

// The mock backend answers in the page, before the app's first request.
await startMockBackend();

createRoot(document.getElementById('root')!).render(
  <Provider store={makeStore()}>
    <App />
  </Provider>,
);
