// Serves the built site: the docs from dist/ and the playground runtime from
// dist-sandbox/ on the next port, so the runtime always has an origin of its own.
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DOCS_DIR = `${root}dist`;
export const SANDBOX_DIR = `${root}dist-sandbox`;

/** Answers a path of `pages` (path → HTML, or a function of the site's URLs giving it) itself; anything else goes to `next`. */
function withPages(pages, urls, next) {
  return (req, res) => {
    const page = pages[new URL(req.url, 'http://x').pathname];
    if (page === undefined) return next(req, res);
    const html = typeof page === 'function' ? page(urls) : page;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(html);
  };
}

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
 * With port 0, finds a free pair. `extraPages` ({ docs, sandbox }: path → HTML, or a function of
 * `{ docsUrl, sandboxUrl }` returning it) adds pages that are not part of the site; the bench
 * serves its baseline pages this way.
 */
export async function serveSite({ port = 4321, host = '127.0.0.1', extraPages = {} } = {}) {
  for (const dir of [DOCS_DIR, SANDBOX_DIR]) {
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` first.`);
  }
  const urls = {};
  const docs = http.createServer(withPages(extraPages.docs ?? {}, urls, docsHandler()));
  const sandbox = http.createServer(withPages(extraPages.sandbox ?? {}, urls, sandboxHandler()));
  for (let attempt = 0; attempt < 20; attempt++) {
    const docsPort = await listen(docs, port, host);
    try {
      await listen(sandbox, docsPort + 1, host);
      const docsUrl = `http://${host}:${docsPort}/`;
      const sandboxUrl = `http://${host}:${docsPort + 1}/`;
      Object.assign(urls, { docsUrl, sandboxUrl });
      return {
        docsUrl,
        sandboxUrl,
        close: () => Promise.all([close(docs), close(sandbox)]),
      };
    } catch (error) {
      await close(docs);
      if (port !== 0) throw error;
    }
  }
  throw new Error('Could not find two free neighbouring ports on 127.0.0.1');
}
