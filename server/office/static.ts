import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors';

const here = dirname(fileURLToPath(import.meta.url));
// The built back office sits beside dist-server/ (bundle) or two folders up from this source file.
const OFFICE_DIR = [join(here, '..', 'dist-office'), join(here, '..', '..', 'dist-office')].find((dir) =>
  existsSync(join(dir, 'index.html')),
);

/** The back office's policy: its own scripts, styles and API only; no inline code, never in a frame. */
export const OFFICE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under the office folder a path names, or null for anything outside it or unknown. */
async function officeFile(path: string): Promise<string | null> {
  if (OFFICE_DIR === undefined || path.length > 300 || path.includes('\0')) return null;
  const file = normalize(join(OFFICE_DIR, path === '' ? 'index.html' : path));
  if (!file.startsWith(OFFICE_DIR + sep) || TYPES[extname(file)] === undefined) return null;
  const found = await stat(file).catch(() => null);
  return found?.isFile() ? file : null;
}

/** Serves the built back office at `/kantor/` under its strict policy; hashed assets are cached for good. */
export function officeRoutes(scope: FastifyInstance): void {
  scope.addHook('onSend', async (request, reply) => {
    reply.header('Content-Security-Policy', OFFICE_CSP);
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    if (request.url.startsWith('/kantor/assets/') && reply.statusCode === 200)
      reply.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  scope.get('/kantor', async (_request, reply) => reply.redirect('/kantor/', 301));
  scope.get('/kantor/*', async (request, reply) => {
    const path = (request.params as { '*': string })['*'];
    const file = await officeFile(path);
    if (file === null) throw new ApiError(404, 'route.notFound');
    return reply.type(TYPES[extname(file)] ?? 'application/octet-stream').send(await readFile(file));
  });
}
