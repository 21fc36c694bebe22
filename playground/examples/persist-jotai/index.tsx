import { createRoot } from 'react-dom/client';
import { Provider } from 'jotai';
import { startMockBackend } from '@/mocks/browser';
import App from './App';
import { store } from './atoms';

// The mock backend answers in the page, before the app's first request.
await startMockBackend();

createRoot(document.getElementById('root')!).render(
  <Provider store={store}>
    <App />
  </Provider>,
);
