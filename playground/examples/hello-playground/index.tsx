import { createRoot } from 'react-dom/client';
import App from './App';
import { startMockBackend } from './mockBackend';

await startMockBackend();
createRoot(document.getElementById('root')!).render(<App />);
