import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * A plain static file server, as nginx `try_files $uri $uri/index.html =404` behaves: a file,
 * else the folder's index.html, else 404.html with status 404. Query strings are ignored.
 * `prefix` ('' or '/health') serves the folder from a subdirectory, as a deploy there would.
 */
export async function serveStatic(root: string, prefix = ''): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    const inside = path.startsWith(`${prefix}/`) ? normalize(path.slice(prefix.length)) : null;
    const candidates = inside === null || inside.includes('..') ? [] : [join(root, inside), join(root, inside, 'index.html')];
    const file = candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile());
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    response.writeHead(status, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, server };
}
