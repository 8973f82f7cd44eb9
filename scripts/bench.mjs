// `npm run bench`: builds the production app and a bench-only page, seeds books of 100,000 and
// 300,000 entries through importBatch into an on-disk IndexedDB in headless system Chromium, then
// measures every metric as the median of 5 runs, each side by side with its reference; then a
// 12-month statement (JSON + PDF) of the 300k book, which holds 100,000 entries a year, and the
// 100,000-row CSV import of scripts/bench-import.mjs (median of 3 runs, in a browser of its own).
// BENCH_ONLY=app seeds the 100k book alone and measures only the app itself (first-screen
// JavaScript, heap, cold load, repeat visit): minutes instead of the whole bench's long run.
// BENCH_ONLY=storage seeds both books and measures only the storage metrics (reports, home, save,
// ledger): no statement, no app, no import. BENCH_RUNS=3 measures the storage rows three times on
// the same seeded books, reopening the browser and letting it settle before each pass.
// BENCH_ONLY=restore seeds the 100k book alone, syncs it to the built server and measures only its
// restore from the server against its restore from a backup file (scripts/bench-restore.mjs).
// BENCH_ONLY=credit seeds a book with debts and stock alone and measures only its metrics
// (scripts/bench-credit.mjs); unset, that book is seeded and measured after the storage metrics.
// BENCH_ONLY=verify seeds nothing: it measures the officer's check of a busy shop's statement (JSON
// and PDF) and the refusal of a compression bomb and of an oversized file (scripts/bench-verify.mjs).
// BENCH_ONLY=import seeds nothing and builds nothing but the import path: it measures only the
// 100,000-row CSV import (scripts/bench-import.mjs) in a browser of its own.
// It is a benchmark, not a test: it prints a table and writes bench-results.json, and fails nothing.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { measureApp } from './bench-app-metrics.mjs';
import { firstScreenScripts, gzipTotal, listChunks } from './bench-chunks.mjs';
import { benchImport } from './bench-import.mjs';
import { measureServerRestore } from './bench-restore.mjs';
import { createResults } from './bench-results.mjs';
import { measureVerify } from './bench-verify.mjs';
import { startServer } from './bench-server.mjs';
import { measureStorageRuns } from './bench-storage.mjs';
import { creditPlan, measureCredit } from './bench-credit.mjs';
import { measureStatement } from './bench-statement.mjs';
import { findChromium } from './check-chromium.mjs';

/** Quiet time after reopening the seeded profile, before anything is timed. */
const SETTLE_MS = 20_000;
/** BENCH_SCALE=0.05 seeds 5,000 and 15,000 entries: for trying the bench out, not for figures. */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
/** Passes of the storage rows on the same seeded books, the browser reopened and settled before each. */
const STORAGE_RUNS = Math.max(1, Math.floor(Number(process.env.BENCH_RUNS ?? 1)));
/** Runs of the CSV import bench (each imports the whole file again); the median is kept. */
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
/** `app` measures the app alone (see the top of this file); unset, everything. */
const ONLY = process.env.BENCH_ONLY ?? 'all';
if (!['all', 'app', 'storage', 'restore', 'verify', 'credit', 'import'].includes(ONLY))
  throw new Error(`BENCH_ONLY=${ONLY}: expected app, storage, restore, verify, credit, import, or unset`);
/** The bench-only pages (scripts/bench/vite.config.mjs). */
const BENCH_DIR = 'node_modules/.cache/lumbung-bench';
/** The production build of the app, built here rather than in dist/ so that a concurrent build cannot swap it. */
const APP_DIR = 'node_modules/.cache/lumbung-bench-app';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const started = Date.now();
const log = (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function build(args, label) {
  log(`building ${label}…`);
  const run = spawnSync('npx', ['vite', 'build', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${label} build failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/**
 * The dates measured: three years of history ending today (WITA), last calendar year, last month,
 * and the last 12 whole months (a statement's period).
 */
function benchDates() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - 1095 * 86_400_000).toISOString().slice(0, 10);
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const month = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  const statement = { from: day(Date.UTC(y, m - 13, 1)), to: day(Date.UTC(y, m - 1, 0)) };
  return { today, from, month, period: { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` }, statement };
}

/** The browser on one on-disk profile, with the bench page open and its API callable. */
function benchBrowser(profile, url) {
  const browser = { context: null, page: null };
  const launch = async () => {
    browser.context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: FLAGS,
      viewport: { width: 360, height: 740 },
      locale: 'id-ID',
      timezoneId: 'Asia/Makassar',
    });
    browser.page = browser.context.pages()[0] ?? (await browser.context.newPage());
    browser.page.on('console', (m) => m.type() === 'log' && log(m.text()));
    await browser.page.goto(`${url}/__bench/index.html`);
    await browser.page.waitForSelector('body[data-ready="true"]');
    log(`database opened at schema version ${await api('open')}`);
  };
  const api = (name, ...args) =>
    browser.page.evaluate(([n, a]) => window.lumbungBench[n](...a), [name, args]);
  return { browser, launch, api };
}

/** The verify rows alone: the bench pages, a browser of their own, no seeded book. */
async function verifyOnly() {
  build(['-c', 'scripts/bench/vite.config.mjs'], 'the bench-only pages');
  const results = createResults(log);
  const { server, url } = await startServer({ '/__bench/': BENCH_DIR, '/': BENCH_DIR }, 4180);
  try {
    await measureVerifyRows(url, results.record);
    results.print([], []);
    await results.write('bench-results.json');
  } finally {
    server.close();
  }
}

/** The officer's check of a statement of 100,000 entries (scaled by BENCH_SCALE), in a profile of its own. */
async function measureVerifyRows(url, record) {
  const profile = await mkdtemp(join(tmpdir(), 'lumbung-bench-verify-'));
  try {
    await measureVerify({ url, flags: FLAGS, profile, record, log, entries: Math.round(100_000 * SCALE) });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** The import row alone: it builds its own page module and opens a browser of its own. */
async function importOnly() {
  const results = createResults(log);
  await measureImport(results.record);
  results.print([], []);
  await results.write('bench-results.json');
}

async function main() {
  if (ONLY === 'verify') return verifyOnly();
  if (ONLY === 'import') return importOnly();
  const appOutput = build(['--outDir', APP_DIR, '--emptyOutDir'], `the production app (${APP_DIR})`);
  console.log(
    appOutput
      .split('\n')
      .filter((l) => /\.(js|css|html) |built in|precache/.test(l))
      .join('\n'),
  );
  build(['-c', 'scripts/bench/vite.config.mjs'], 'the bench-only pages');
  if (ONLY === 'all' || ONLY === 'restore') {
    build(['-c', 'vite.server.config.ts'], 'the server (dist-server/)');
    // The restore row adds its officer with the command line (scripts/bench-restore.mjs).
    build(['-c', 'vite.cli.config.ts'], 'the command line (dist-cli/)');
  }
  const results = createResults(log);

  // What the first screen loads, by the build's own static import graph.
  const chunks = await listChunks(APP_DIR);
  const first = await firstScreenScripts(APP_DIR);
  const firstGzip = (await gzipTotal(APP_DIR, first)) / 1024;
  const reactGzip =
    (await gzipTotal(BENCH_DIR, await firstScreenScripts(BENCH_DIR, 'react-only.html'))) / 1024;
  results.record(
    'first-screen JavaScript (gzip)',
    'KiB',
    { value: firstGzip, reference: reactGzip },
    '≤ 150 KiB',
    firstGzip <= 150,
    `reference: React + ReactDOM alone; first screen loads ${first.join(', ')}`,
  );

  const dates = benchDates();
  const { server, url } = await startServer({ '/': APP_DIR, '/__bench/': BENCH_DIR }, 4180);
  const profile = await mkdtemp(join(tmpdir(), 'lumbung-bench-'));
  const { browser, launch, api } = benchBrowser(profile, url);
  try {
    await launch();
    const books = {};
    const plans = [
      ['bench-100k', 100_000, 1],
      ['bench-300k', 300_000, 3],
    ];
    const seeded = ONLY === 'credit' ? [] : ONLY === 'app' || ONLY === 'restore' ? plans.slice(0, 1) : plans;
    for (const [name, entries, seed] of seeded) {
      const plan = { name, entries: Math.round(entries * SCALE), from: dates.from, to: dates.today, seed };
      log(`seeding ${name}: ${plan.entries} entries, ${plan.from}..${plan.to}, a month per importBatch…`);
      books[name] = await api('seed', plan);
      log(
        `  ${name}: ${books[name].entries} entries, ${books[name].transfers} transfers in ${books[name].seconds.toFixed(1)} s`,
      );
    }
    if (ONLY === 'all' || ONLY === 'credit') {
      const plan = creditPlan(Math.round(100_000 * SCALE), dates.statement, dates.today);
      log(`seeding ${plan.name}: ${plan.entries} entries, ${plan.from}..${plan.to}, through the CSV import…`);
      books[plan.name] = await api('seedCredit', plan);
      log(`  ${plan.name}: seeded in ${books[plan.name].seconds.toFixed(1)} s`);
    }
    // Restart the browser on the same profile, as a phone reopens the app, and let the disk settle
    // (the database compacts after bulk writes): timings right after seeding measure that, not reads.
    let cdp;
    const reopen = async () => {
      log('restarting the browser on the same profile…');
      await api('close');
      await browser.context.close();
      await launch();
      cdp = await browser.context.newCDPSession(browser.page);
      await pause(SETTLE_MS);
    };
    await reopen();
    const settle = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await pause(100);
    };
    const b100 = books['bench-100k']?.bookId;
    const bench = { api, settle, record: results.record, log };
    const storageRuns = { runs: STORAGE_RUNS, reopen };
    const credit = { seeded: books['bench-credit'], statement: dates.statement, today: dates.today };
    if (ONLY === 'credit') {
      await measureCredit(bench, credit);
      results.print(chunks, first);
      await results.write('bench-results.json');
      return;
    }
    if (ONLY === 'all') await measureStoredBooks(bench, dates, books, storageRuns);
    if (ONLY === 'all') await measureCredit(bench, credit);
    if (ONLY === 'restore') {
      await measureServerRestore(bench, { bookId: b100 });
      results.print(chunks, first);
      await results.write('bench-results.json');
      return;
    }
    if (ONLY === 'storage') {
      await measureStorageRuns(bench, { ...dates, b100, b300: books['bench-300k'].bookId }, storageRuns);
      results.print(chunks, first);
      await results.write('bench-results.json');
      return;
    }

    // The app itself, on the 100k book, with the bench page's connections closed.
    await api('setCurrentBook', b100);
    await api('close');
    await browser.page.goto('about:blank');
    const context = browser.context;
    await measureApp(
      { context, url, benchDir: BENCH_DIR, record: results.record, log },
      { year: dates.today.slice(0, 4) },
    );

    // The CSV import, in a browser and profile of its own: this one is closed first.
    await context.close();
    browser.context = null;
    if (ONLY === 'all') await measureImport(results.record);
    if (ONLY === 'all') await measureVerifyRows(url, results.record);
    // Last, on the same profile again: syncing the book would otherwise set the app's push going.
    if (ONLY === 'all') {
      await launch();
      await measureServerRestore(bench, { bookId: b100 });
      await browser.context.close();
      browser.context = null;
    }

    results.print(chunks, first);
    await results.write('bench-results.json');
    log(
      `wrote bench-results.json; seeding took ${Object.values(books)
        .map((b) => `${b.seconds.toFixed(0)} s`)
        .join(' + ')}`,
    );
  } finally {
    await browser.context?.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** The storage verbs and reports on both books, then a 12-month statement of the 300k book. */
async function measureStoredBooks(bench, dates, books, storageRuns) {
  const b100 = books['bench-100k'].bookId;
  await measureStorageRuns(bench, { ...dates, b100, b300: books['bench-300k'].bookId }, storageRuns);

  // A statement of the last 12 whole months of the 300k book: its three years hold 100,000 entries a year.
  await measureStatement(bench, {
    bookId: books['bench-300k'].bookId,
    statement: dates.statement,
    perYear: Math.round(books['bench-300k'].entries / 3),
  });
}

/** The 100,000-row CSV import of scripts/bench-import.mjs, in a browser of its own. */
async function measureImport(record) {
  log(`CSV import bench (scripts/bench-import.mjs), ${IMPORT_RUNS} runs…`);
  const imported = await benchImport({
    rows: Math.round(100_000 * SCALE),
    runs: IMPORT_RUNS,
    log: (line) => log(line.trim()),
  });
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  record(
    `import ${imported.rows.toLocaleString('en')} CSV rows`,
    'ms',
    { value: imported.importMs, reference: imported.referenceMs },
    `≤ ${imported.target} × reference`,
    imported.ratio <= imported.target,
    `median of ${IMPORT_RUNS} runs (each run imports the whole file into a fresh book); value: importCsvPlan, ` +
      `confirmed → committed; reference: a raw IndexedDB insert of the very records it wrote (entries, ` +
      `revisions, rollups, import record) in one strict transaction into an empty database of the same schema; ` +
      `the file check before it (parse, plan, SHA-256; off-thread in the app) took ${s(imported.checkMs)} more, ` +
      `${imported.wholeRatio.toFixed(2)}× the reference with it`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
