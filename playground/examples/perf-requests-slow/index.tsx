import { createRoot } from 'react-dom/client';
import { startMockBackend } from '@/mocks/browser';
import App from './App';

// The mock backend answers in the page, before the app's first request.
await startMockBackend();

createRoot(document.getElementById('root')!).render(<App />);
