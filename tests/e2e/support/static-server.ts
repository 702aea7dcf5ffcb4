/** A plain static file server for `dist/`, like any static host. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.gz': 'application/gzip',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

async function resolveFile(directory: string, pathname: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(pathname);
  const candidate = normalize(join(directory, decoded));
  if (candidate !== directory && !candidate.startsWith(directory.endsWith(sep) ? directory : directory + sep)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if ((await stat(path)).isFile()) return path;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

export interface StaticServer {
  /** The server's origin, e.g. `http://127.0.0.1:40123` (without the base path). */
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Serve `directory` under this path prefix, like a host serving a project
   * site (`/factline/` → `http://host/factline/…`); a request outside it is a
   * 404. Starts and ends with `/` (default `/`).
   */
  basePath?: string;
}

export async function serveStatic(directory: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const basePath = options.basePath ?? '/';
  if (!basePath.startsWith('/') || !basePath.endsWith('/')) throw new Error(`basePath must start and end with "/", got ${JSON.stringify(basePath)}`);
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const inside = pathname.startsWith(basePath) || `${pathname}/` === basePath;
    const file = inside ? await resolveFile(directory, `/${pathname.slice(basePath.length)}`).catch(() => undefined) : undefined;
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Unexpected server address, expected a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
