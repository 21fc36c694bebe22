import { createRoot } from 'react-dom/client';
import { startMockBackend } from '@/mocks/browser';
import App from './App';
import { keepTitleInStep } from './outsideReact';

// The mock backend answers in the page, before the app's first request.
await startMockBackend();

// Outside React: the page title follows the open count.
keepTitleInStep(document);

createRoot(document.getElementById('root')!).render(<App />);
