// Serves the built site: the docs from dist/ and the playground runtime from
// dist-sandbox/ on the next port, so the runtime always has an origin of its own.
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DOCS_DIR = `${root}dist`;
export const SANDBOX_DIR = `${root}dist-sandbox`;

function docsHandler() {
  const assets = sirv(DOCS_DIR, { dev: false, etag: true });
  const notFound = readFileSync(`${DOCS_DIR}/404.html`);
  return (req, res) =>
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
}

function sandboxHandler() {
  const assets = sirv(SANDBOX_DIR, { dev: false, etag: true });
  return (req, res) => {
    // Any path loads the runtime page: Sandpack may start the preview on a route of the example.
    assets(req, res, () => {
      req.url = '/index.html';
      assets(req, res, () => {
        res.writeHead(404).end('Sandbox runtime not built');
      });
    });
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

function close(server) {
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * Starts both servers on 127.0.0.1: docs on `port` and the runtime on `port + 1`.
 * With port 0, finds a free pair.
 */
export async function serveSite({ port = 4321, host = '127.0.0.1' } = {}) {
  for (const dir of [DOCS_DIR, SANDBOX_DIR]) {
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` first.`);
  }
  const docs = http.createServer(docsHandler());
  const sandbox = http.createServer(sandboxHandler());
  for (let attempt = 0; attempt < 20; attempt++) {
    const docsPort = await listen(docs, port, host);
    try {
      await listen(sandbox, docsPort + 1, host);
      return {
        docsUrl: `http://${host}:${docsPort}/`,
        sandboxUrl: `http://${host}:${docsPort + 1}/`,
        close: () => Promise.all([close(docs), close(sandbox)]),
      };
    } catch (error) {
      await close(docs);
      if (port !== 0) throw error;
    }
  }
  throw new Error('Could not find two free neighbouring ports on 127.0.0.1');
}
