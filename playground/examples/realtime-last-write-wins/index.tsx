import { createRoot } from 'react-dom/client';
import { startMockBackend } from '@/mocks/browser';
import App from './App';

const backend = await startMockBackend();

// `backend.clients` is the demo's network switch per tab; a real app has a network instead.
createRoot(document.getElementById('root')!).render(<App network={backend.clients} />);
