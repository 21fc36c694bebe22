import { createRoot } from 'react-dom/client';
import { startMockBackend } from '@/mocks/browser';
import App from './App';

// Sam Rivera, a second user, edits a task of this project every two seconds.
await startMockBackend({ secondUser: { enabled: true, ratePerSecond: 0.5, projectId: 'proj_01' } });

createRoot(document.getElementById('root')!).render(<App />);
