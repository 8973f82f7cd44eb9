// A small static server for the bench: the production app (dist/) at /, the bench-only pages at
// /__bench/. Text assets go out gzip-compressed, as a real host would send them over slow 4G.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg']);

/** Serves `routes` (URL prefix → folder); returns the server and its base URL once listening. */
export async function startServer(routes, port) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [prefix, dir] = Object.entries(routes)
      .sort((a, b) => b[0].length - a[0].length)
      .find(([p]) => path.startsWith(p)) ?? ['/', routes['/']];
    let rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    if (rel === '.' || rel === '' || rel.endsWith('/')) rel = `${rel === '.' ? '' : rel}index.html`;
    const file = join(dir, rel);
    try {
      const ext = extname(file);
      let body = cache.get(file);
      if (!body) {
        const raw = await readFile(file);
        body = COMPRESSIBLE.has(ext) ? { data: gzipSync(raw), gzip: true } : { data: raw, gzip: false };
        cache.set(file, body);
      }
      const headers = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      };
      if (body.gzip) headers['Content-Encoding'] = 'gzip';
      // The bench pages are cross-origin isolated, for 5 µs timers instead of 100 µs.
      if (prefix !== '/') {
        headers['Cross-Origin-Opener-Policy'] = 'same-origin';
        headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
      }
      res.writeHead(200, headers);
      res.end(body.data);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${port}` };
}
