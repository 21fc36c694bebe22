import { createRoot } from 'react-dom/client';
import { startMockBackend } from '@/mocks/browser';
import App from './App';

await startMockBackend();

createRoot(document.getElementById('root')!).render(<App />);
