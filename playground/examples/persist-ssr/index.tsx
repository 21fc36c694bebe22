import { hydrateRoot } from 'react-dom/client';
import { Root } from './Root';
import { renderOnServer } from './server';

// The server's response: HTML, and the data it rendered with.
const { html, data } = renderOnServer();
const container = document.getElementById('root')!;
container.innerHTML = html;

// The client attaches to that HTML instead of replacing it. If its first render differs,
// React reports the mismatch here, throws the server's HTML away and renders again.
hydrateRoot(container, <Root data={data} onServer={false} />, {
  onRecoverableError: (error) => console.error('Hydration mismatch:', (error as Error).message),
});
