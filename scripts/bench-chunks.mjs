// Chunk sizes of a Vite build, and which JavaScript the first screen loads: the entry scripts and
// module preloads of the HTML, then every static import of those, transitively (dynamic imports,
// such as the reports screen and its charts, are left out: they load later).
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Raw and gzip (level 9) bytes of a file. */
export async function sizeOf(file) {
  const data = await readFile(file);
  return { bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/** Every .js file of a built folder with its sizes, largest first. */
export async function listChunks(dir) {
  const files = (await readdir(join(dir, 'assets'))).filter((f) => f.endsWith('.js'));
  const chunks = await Promise.all(
    files.map(async (f) => ({ file: `assets/${f}`, ...(await sizeOf(join(dir, 'assets', f))) })),
  );
  return chunks.sort((a, b) => b.gzip - a.gzip);
}

/** The JavaScript files (relative to `dir`) that an HTML page loads before anything is imported dynamically. */
export async function firstScreenScripts(dir, html = 'index.html') {
  const page = await readFile(join(dir, html), 'utf8');
  const start = [
    ...page.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
  ].map((m) => m[1].replace(/^\/(__bench\/)?/, ''));
  const seen = new Set();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(dir, file), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) queue.push(posix.join(dirname(file), spec));
  }
  return [...seen].map((f) => relative('.', f));
}

/** Sums the gzip size of some files of `dir`. */
export async function gzipTotal(dir, files) {
  let total = 0;
  for (const f of files) total += (await sizeOf(join(dir, f))).gzip;
  return total;
}
