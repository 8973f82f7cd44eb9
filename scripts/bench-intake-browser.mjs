// The reference of the server's intake row (server/bench-office.ts): the officer's in-browser
// check of the same statement file, in headless system Chromium, through the app's verify worker
// (checkStatementFile, as the bench page scripts/bench/verify.ts runs it, the file chosen in its
// input as an officer chooses one). Run as `node scripts/bench-intake-browser.mjs FILE RUNS`: builds
// the bench page, prints `{ ms, runs, verdict }` on its last line (ms: the median of RUNS checks).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { median } from './bench-results.mjs';
import { startServer } from './bench-server.mjs';
import { findChromium } from './check-chromium.mjs';

const [file, runs = '3'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/bench-intake-browser.mjs FILE RUNS');
const BENCH_DIR = 'node_modules/.cache/lumbung-bench';
const built = spawnSync('npx', ['vite', 'build', '-c', 'scripts/bench/vite.config.mjs'], {
  encoding: 'utf8',
});
if (built.status !== 0) throw new Error(`the bench page did not build:\n${built.stdout}\n${built.stderr}`);

const { server } = await startServer({ '/__bench/': BENCH_DIR, '/': BENCH_DIR }, 0);
const url = `http://127.0.0.1:${server.address().port}`;
const profile = await mkdtemp(join(tmpdir(), 'lumbung-intake-browser-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  locale: 'id-ID',
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/__bench/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.setInputFiles('#chosen', file);
  const cdp = await context.newCDPSession(page);
  const check = () => page.evaluate(() => window.lumbungBench.verifyChosen());
  await check(); // warm-up: the worker and its code
  const timings = [];
  let verdict = '';
  for (let i = 0; i < Number(runs); i += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    const run = await check();
    timings.push(run.ms);
    verdict = run.verdict;
  }
  console.log(JSON.stringify({ ms: median(timings), runs: timings, verdict }));
} finally {
  await context.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
}
