import { createRoot } from 'react-dom/client';
import { startMockBackend } from '@/mocks/browser';
import App from './App';
import * as mobx from './mobxStore';
import * as valtio from './valtioStore';

// The mock backend answers in the page, before the app's first request.
await startMockBackend();

mobx.logProgress(mobx.mobxTasks);
valtio.logProgress();
createRoot(document.getElementById('root')!).render(<App />);
void mobx.mobxTasks.load();
void valtio.load();
