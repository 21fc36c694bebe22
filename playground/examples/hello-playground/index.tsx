import { createRoot } from 'react-dom/client';
import { startMockBackend } from '@/mocks/browser';
import App from './App';

// The mock backend answers in the page, before the app's first request.
// Sam, a second user, edits a task every two seconds so the socket has news.
await startMockBackend({ secondUser: { enabled: true, ratePerSecond: 0.5 } });

createRoot(document.getElementById('root')!).render(<App />);
