import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static server for a built app whose folder can be swapped, as a deploy of a new version would. */
export interface SwappableServer {
  readonly origin: string;
  /** Serves another folder from now on (same origin: the installed app sees a new version). */
  serve(root: string): void;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port, unknown paths falling back to index.html (like `vite preview`). */
export async function startSwappableServer(root: string): Promise<SwappableServer> {
  let current = root;
  const server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      let file = join(current, path);
      if (
        !file.startsWith(current) ||
        !(await stat(file).then(
          (s) => s.isFile(),
          () => false,
        ))
      )
        file = join(current, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      response.end(body);
    })().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (next) => {
      current = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
