// The CSV import bench (issue #5), runnable on its own: `node scripts/bench-import.mjs`.
// Builds the import path (the data screen's check, then importCsvPlan) into one browser module,
// and in headless system Chromium with an on-disk profile imports a CSV of 100,000 rows, side by
// side with the reference: a raw IndexedDB insert of the very records the import wrote (entries,
// revisions, rollups, the import record) in one transaction, into an empty database of the same
// schema. Target: import ≤ 1.15 × reference. It prints the figures and returns them; it fails nothing.
// BENCH_IMPORT_ROWS and BENCH_IMPORT_RUNS change the size and the number of runs (median is kept);
// BENCH_IMPORT_PROFILE names a folder that gets a CPU profile of each run's import and reference.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { findChromium } from './check-chromium.mjs';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const PROFILE = process.env.BENCH_IMPORT_PROFILE;
const TARGET = 1.15;
const ENTRY = 'virtual:bench-import';

/** The code the page runs: the app's own import path, and the reference insert. */
const PAGE_MODULE = `
export { checkCsvBytes } from '/src/features/data/csv-check.ts';
export { LumbungDb, createBook, importCsvPlan } from '/src/storage/index.ts';
`;

/** Bundles the page module (production build, like the app) into `outDir`. */
async function buildPageModule(outDir, keepNames = false) {
  await build({
    configFile: false,
    logLevel: 'error',
    root: process.cwd(),
    plugins: [
      {
        name: 'bench-import-entry',
        resolveId: (id) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : null),
        load: (id) => (id === `\0${ENTRY}` ? PAGE_MODULE : null),
      },
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // A profile reads better with the functions' own names.
      ...(keepNames ? { minify: false } : {}),
      lib: { entry: ENTRY, formats: ['es'], fileName: () => 'bench-import.js' },
    },
  });
}

/** Serves the built module and a blank page on 127.0.0.1. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    if (req.url === '/bench-import.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(await readFile(join(dir, 'bench-import.js')));
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>bench</title>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** One run in the page: the import timed, then the reference insert of what it wrote. */
function runInPage({ rows, run, profile }) {
  return (async () => {
    const m = await import('/bench-import.js');
    const KINDS = [
      ['masuk', 'Penjualan', ''],
      ['masuk', 'Jasa', ''],
      ['keluar', 'Belanja stok/bahan', ''],
      ['keluar', 'Listrik', ''],
      ['keluar', 'Ongkos kirim', 'beban'],
    ];
    const lines = ['tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan'];
    for (let i = 0; i < rows; i++) {
      const day = new Date(Date.UTC(2023, 0, 1 + (i % 1095))).toISOString().slice(0, 10);
      if (i % 50 === 49) {
        lines.push(`${day},pindah,${100000 + i},,,Kas,BRI,setor`);
        continue;
      }
      const [type, category, kind] = KINDS[i % KINDS.length];
      lines.push(
        `${day},${type},${1000 + (i % 197) * 250},${category},${kind},${i % 7 ? 'Kas' : 'QRIS'},,catatan ${i}`,
      );
    }
    const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);

    const db = new m.LumbungDb(`bench-import-${run}`);
    const book = await m.createBook(db, {
      name: 'Bench',
      owner: 'Bench',
      memberNumber: '',
      cooperative: '',
      branch: '',
      businessType: '',
      address: '',
      phone: '',
      timeZone: 'Asia/Makassar',
    });
    const [categories, accounts] = await Promise.all([
      db.categories.where('bookId').equals(book.value.id).toArray(),
      db.accounts.where('bookId').equals(book.value.id).toArray(),
    ]);
    const before = new Map();
    for (const table of db.tables)
      before.set(
        table.name,
        new Set(
          await table
            .toCollection()
            .primaryKeys()
            .then((k) => k.map(String)),
        ),
      );

    // The file is checked first (in the app: in the data worker, while the member looks at the
    // preview), then written when the member confirms. Both are timed; the target is on the write.
    const t0 = performance.now();
    const checked = await m.checkCsvBytes(bytes, { categories, accounts });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors.slice(0, 3)));
    const checkMs = performance.now() - t0;
    if (profile) console.profile(`import-${run}`);
    const tw = performance.now();
    const written = await m.importCsvPlan(db, book.value.id, checked.plan, {
      hash: checked.hash,
      fileName: 'bench.csv',
    });
    const importMs = performance.now() - tw;
    if (profile) console.profileEnd(`import-${run}`);
    if (!written.ok) throw new Error(JSON.stringify(written.errors.slice(0, 3)));

    // The reference: the same records the import added, inserted raw in one transaction.
    const added = {};
    for (const table of db.tables) {
      const known = before.get(table.name);
      const rowsOf = await table.toArray();
      const keys = await table.toCollection().primaryKeys();
      added[table.name] = rowsOf.filter((_, i) => !known.has(String(keys[i])));
    }
    const empty = new m.LumbungDb(`bench-reference-${run}`);
    await empty.open();
    empty.close();
    const raw = await new Promise((resolve, reject) => {
      const open = indexedDB.open(`bench-reference-${run}`);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores = Object.keys(added).filter((name) => added[name].length > 0);
    if (profile) console.profile(`reference-${run}`);
    const t1 = performance.now();
    await new Promise((resolve, reject) => {
      const tx = raw.transaction(stores, 'readwrite', { durability: 'strict' });
      for (const name of stores) {
        const store = tx.objectStore(name);
        for (const row of added[name]) store.add(row);
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const referenceMs = performance.now() - t1;
    if (profile) console.profileEnd(`reference-${run}`);
    raw.close();
    db.close();
    const counts = Object.fromEntries(stores.map((name) => [name, added[name].length]));
    return { checkMs, importMs, referenceMs, counts };
  })();
}

/** Writes each `console.profile` the page ends into `dir`, as `<title>.cpuprofile`. */
async function profileConsole(page, dir) {
  await mkdir(dir, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Profiler.consoleProfileFinished', ({ title, profile }) =>
    writeFile(join(dir, `${title}.cpuprofile`), JSON.stringify(profile)),
  );
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the bench; returns the medians and the ratio. */
export async function benchImport({ rows = ROWS, runs = RUNS, profile = PROFILE, log = console.log } = {}) {
  const work = await mkdtemp(join(tmpdir(), 'lumbung-bench-import-'));
  const { server, url } = await (async () => {
    await buildPageModule(join(work, 'out'), Boolean(profile));
    return serve(join(work, 'out'));
  })();
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    if (profile) await profileConsole(page, profile);
    const results = [];
    for (let run = 0; run < runs; run++) {
      const loadBefore = loadavg()[0].toFixed(1);
      const result = await page.evaluate(runInPage, { rows, run, profile: Boolean(profile) });
      log(
        `  run ${run + 1} (load ${loadBefore}–${loadavg()[0].toFixed(1)}): check ${(result.checkMs / 1000).toFixed(2)} s, import ${(result.importMs / 1000).toFixed(2)} s, ` +
          `raw insert ${(result.referenceMs / 1000).toFixed(2)} s (${(result.importMs / result.referenceMs).toFixed(2)}×) ` +
          `(${Object.entries(result.counts)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`,
      );
      results.push(result);
    }
    const checkMs = median(results.map((r) => r.checkMs));
    const importMs = median(results.map((r) => r.importMs));
    const referenceMs = median(results.map((r) => r.referenceMs));
    return {
      rows,
      checkMs,
      importMs,
      referenceMs,
      ratio: importMs / referenceMs,
      wholeRatio: (checkMs + importMs) / referenceMs,
      target: TARGET,
    };
  } finally {
    await context.close();
    server.close();
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`CSV import of ${ROWS.toLocaleString('en')} rows, ${RUNS} runs, headless Chromium:`);
  const r = await benchImport();
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `import (confirmed → committed) ${s(r.importMs)} · raw IndexedDB insert of the same records ${s(r.referenceMs)} · ` +
      `ratio ${r.ratio.toFixed(2)}× (target ≤ ${r.target}×) ${r.ratio <= r.target ? 'OK' : 'OVER TARGET'}`,
  );
  console.log(
    `with the file check (parse, plan, SHA-256; off-thread in the app) ${s(r.checkMs)}: ${r.wholeRatio.toFixed(2)}×`,
  );
}
