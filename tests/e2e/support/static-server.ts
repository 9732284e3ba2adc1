import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Where the hand-written news pages live; the default root so tests need not repeat it. */
export const ARTICLE_FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'articles');

/**
 * A CSP as strict as big news sites send: no inline scripts or styles, no eval. Files named
 * `*.csp.html` are served with it, so tests prove the extension works where pages lock down.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A running fixture server; `url('harbour-port.html')` gives the full address of a page. */
export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Options: `root` to serve another folder, `pages` for generated pages served from memory. */
export interface StaticServerOptions {
  root?: string;
  /** Path (without leading slash) → HTML, for pages built at run time such as benchmark pages. */
  pages?: Record<string, string>;
  /** Paths that answer with this file instead (single-page apps: `/spa/x` → `spa-story.html`). */
  fallbacks?: Record<string, string>;
}

/**
 * Serves fixture pages on 127.0.0.1 at a random port: extensions only run content scripts on
 * http(s) pages, and a real server lets tests send headers such as a strict CSP.
 */
export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = options.root ?? ARTICLE_FIXTURES;
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const memory = options.pages?.[pathname];
    if (memory !== undefined) {
      const headers: Record<string, string> = { 'content-type': TYPES['.html'], 'cache-control': 'no-store' };
      if (pathname.endsWith('.csp.html')) headers['content-security-policy'] = STRICT_CSP;
      response.writeHead(200, headers);
      response.end(memory);
      return;
    }
    const prefix = Object.keys(options.fallbacks ?? {}).find((p) => pathname.startsWith(p));
    const relativePath = prefix ? options.fallbacks![prefix] : pathname || 'index.html';
    const file = normalize(join(root, relativePath));
    if (!file.startsWith(root)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (file.endsWith('.csp.html')) headers['content-security-policy'] = STRICT_CSP;
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\/+/, '')}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
