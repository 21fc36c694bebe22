import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import App from './App';
import { makeStore } from './store';

/** localStorage, or null where reading it throws (storage blocked, some private modes). */
function openStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem('board.preferences');
    return storage;
  } catch {
    return null;
  }
}

const store = makeStore(openStorage());
// A throttled write may still be waiting when the tab closes or reloads.
window.addEventListener('pagehide', store.flush);

createRoot(document.getElementById('root')!).render(
  <Provider store={store}>
    <App />
  </Provider>,
);
