// The officer's check of a busy shop (scripts/bench/verify.ts runs in the page): a 12-month
// statement of 100,000 entries, JSON and PDF, verified through the app's verify worker, beside a
// plain JSON.parse of the same bytes plus one ES256 verification in the same page; the page's
// longest task meanwhile; and two files refused (a compression bomb, a file 20× the format's
// limit), each with the peak memory of the browser's processes above what they held before.
// BENCH_VERIFY_PROFILE names a folder that gets a CPU profile of each file's check after the timed
// runs (`json.cpuprofile`, `pdf.cpuprofile`), run on the page's thread where the page's profiler
// sees it; the bench page is then built unminified.
import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { bombPdf } from '../tests/support/domain/bomb-pdf.mjs';
import { median, RUNS } from './bench-results.mjs';
import { findChromium } from './check-chromium.mjs';

const MIB = 1024 * 1024;
const PROFILE_DIR = process.env.BENCH_VERIFY_PROFILE;

/** The pids of a process and all its descendants, from /proc. */
async function processTree(root) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and brackets: the fields after the last ')' are plain.
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++)
    for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  return tree;
}

/** One field of /proc/PID/status in bytes (VmRSS, VmHWM), or 0 when the process is gone. */
async function statusBytes(pid, field) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/**
 * Peak memory of the browser's processes while `run` runs, above what they held before: each
 * process's resident high-water mark is reset (clear_refs 5) and read after, less its resident
 * size before; summed over the processes (the page and its worker share one renderer).
 */
async function peakAbove(browserPid, run) {
  const pids = await processTree(browserPid);
  const before = new Map();
  for (const pid of pids) {
    await writeFile(`/proc/${pid}/clear_refs`, '5').catch(() => undefined);
    before.set(pid, await statusBytes(pid, 'VmRSS'));
  }
  const result = await run();
  let peak = 0;
  for (const pid of pids) peak += Math.max(0, (await statusBytes(pid, 'VmHWM')) - before.get(pid));
  return { result, peak };
}

/** The browser's own pid: the Chromium process started with this profile that is no child type. */
async function browserPid(profileMarker) {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const cmd = await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(profileMarker) && !cmd.includes('--type=')) return Number(name);
  }
  throw new Error('the browser process was not found');
}

/**
 * CPU profiles of the check of each file on the page's thread (the verify worker's code, run where
 * the page's profiler sees it), one after a warm-up, written into PROFILE_DIR as `<kind>.cpuprofile`.
 */
async function profileChecks(cdp, api, log) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (const kind of ['json', 'pdf']) {
    await api('verifyMadeOnPage', kind);
    await cdp.send('Profiler.start');
    const verdict = await api('verifyMadeOnPage', kind);
    const { profile } = await cdp.send('Profiler.stop');
    await writeFile(join(PROFILE_DIR, `${kind}.cpuprofile`), JSON.stringify(profile));
    log(`  profiled the ${kind.toUpperCase()} check on the page's thread: ${verdict}`);
  }
}

/** Measures the verify rows; `record` as in bench-results.mjs. */
export async function measureVerify({ url, flags, profile, record, log, entries }) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: flags,
    locale: 'id-ID',
  });
  const files = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}/__bench/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const api = (name, ...args) => page.evaluate(([n, a]) => window.lumbungBench[n](...a), [name, args]);
    const cdp = await context.newCDPSession(page);
    const settle = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await new Promise((resolve) => setTimeout(resolve, 200));
    };
    log(`verify bench: making a statement of ${entries.toLocaleString('en')} entries in the page…`);
    const made = await api('verifyPrepare', entries);
    log(
      `  JSON ${(made.jsonBytes / MIB).toFixed(1)} MiB, PDF ${(made.pdfBytes / MIB).toFixed(1)} MiB, ` +
        `the format's limit ${(made.limitBytes / MIB).toFixed(0)} MiB`,
    );
    const timings = { json: [], pdf: [], reference: [] };
    const longest = { json: 0, pdf: 0 };
    await api('verifyReference');
    for (const kind of ['json', 'pdf']) await api('verifyMade', kind); // warm-up: worker, pdf-lib
    for (let i = 0; i < RUNS; i++) {
      await settle();
      timings.reference.push(await api('verifyReference'));
      for (const kind of ['json', 'pdf']) {
        await settle();
        const run = await api('verifyMade', kind);
        if (run.verdict !== 'genuine')
          throw new Error(`the ${kind} statement verified ${run.verdict} (${run.problem})`);
        timings[kind].push(run.ms);
        longest[kind] = Math.max(longest[kind], run.longestTaskMs);
      }
      log(
        `  verify run ${i + 1}: reference ${timings.reference[i].toFixed(0)} ms, JSON ${timings.json[i].toFixed(0)} ms, ` +
          `PDF ${timings.pdf[i].toFixed(0)} ms`,
      );
    }
    if (PROFILE_DIR) await profileChecks(cdp, api, log);
    const reference = median(timings.reference);
    const size = `${entries.toLocaleString('en')} entries, 12 months`;
    for (const kind of ['json', 'pdf']) {
      const value = median(timings[kind]);
      const bytes = kind === 'json' ? made.jsonBytes : made.pdfBytes;
      record(
        `verify a busy shop's statement (${kind.toUpperCase()}, ${(bytes / MIB).toFixed(1)} MiB)`,
        'ms',
        { value, reference },
        '≤ 2 × reference',
        value <= 2 * reference,
        `${size}; median of ${RUNS}; value: the officer's check of a chosen file (checkStatementFile, in the verify ` +
          `worker, File handed over unread); reference: JSON.parse of the JSON file's bytes (TextDecoder) + one ` +
          `ES256 verify of them (WebCrypto), on the page's thread`,
      );
      record(
        `longest task on the page's thread while a ${kind.toUpperCase()} statement verifies`,
        'ms',
        { value: longest[kind], reference: null },
        '≤ 200 ms',
        longest[kind] <= 200,
        `PerformanceObserver 'longtask' (tasks over 50 ms; 0 = none), the longest over ${RUNS} runs`,
      );
    }
    await measureRefusals({ page, api, settle, record, log, profile, files, limit: made.limitBytes });
  } finally {
    await context.close();
    for (const file of files) await rm(file, { force: true });
  }
}

/** A compression bomb and a file 20× the limit, each chosen in the page's file input and refused. */
async function measureRefusals({ page, api, settle, record, log, profile, files, limit }) {
  const pid = await browserPid(profile);
  const bomb = join(profile, '..', `bomb-${process.pid}.pdf`);
  const huge = join(profile, '..', `huge-${process.pid}.json`);
  files.push(bomb, huge);
  await writeFile(bomb, await bombPdf(1000, 'attachment'));
  // Sparse: 20× the limit on disk without writing it; the browser reads it from the disk, if at all.
  await writeFile(huge, '{"format":"lumbung.statement/1","statement":');
  await truncate(huge, 20 * limit);
  const cases = [
    ['a compression bomb (a 1 MB PDF inflating to 1,000 MiB)', bomb, 'pdf.tooLarge'],
    [`a file 20× the format's limit (${((20 * limit) / MIB).toFixed(0)} MiB)`, huge, 'file.tooLarge'],
  ];
  for (const [label, file, expected] of cases) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      await page.setInputFiles('#chosen', file);
      await settle();
      const { result, peak } = await peakAbove(pid, () => api('verifyChosen'));
      if (result.verdict !== 'unreadable') throw new Error(`${label} verified ${result.verdict}`);
      runs.push({ ...result, peak });
    }
    const ms = median(runs.map((r) => r.ms));
    const peak = Math.max(...runs.map((r) => r.peak)) / MIB;
    const problems = [...new Set(runs.map((r) => r.problem))].join(', ');
    log(`  refused ${label}: ${ms.toFixed(0)} ms, peak +${peak.toFixed(1)} MiB (${problems})`);
    if (problems !== expected) throw new Error(`${label} was refused for ${problems}, not ${expected}`);
    record(
      `refuse ${label}`,
      'ms',
      { value: ms, reference: null },
      '≤ 1000 ms',
      ms <= 1000,
      `median of ${RUNS}; ${problems}`,
    );
    record(
      `peak memory above the page's while refusing ${label}`,
      'MiB',
      { value: peak, reference: null },
      '≤ 64 MiB',
      peak <= 64,
      `the highest of ${RUNS} runs: the browser's processes' resident high-water marks (VmHWM, reset before each ` +
        `run) less their resident size before, summed; the page and its verify worker share one renderer`,
    );
  }
}
