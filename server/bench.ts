import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPublicJwk } from '../src/domain/statement/keys';
import { benchIntake } from './bench-office';
import { benchListing } from './bench-listing';
import { profilePhase } from './bench-profile';
import type { LoadCommand, LoadReport } from './bench-load';
import { benchEnrolmentCode, enrolledDevice, pushRaw, type PushLoad } from './bench-push';
import { buildApp } from './build-app';
import { readConfig } from './config';
import { openDatabase } from './db/open';
import { loadKeys } from './keys';
import { timedDatabase, timePushes, timingSummary, type PushTiming } from './bench-timing';

// `npm run bench:server`: devices pushing their books through the HTTP API on loopback against
// multi-row INSERTs of rows of the same shape at the same concurrency, the p99 of a 20-revision
// push under that load, the resident memory, then the back office's intake (through HTTP, against
// the officer's check of the same file in Chromium: scripts/bench-intake-browser.mjs) and branch list.
// A benchmark, not a test: it prints its figures and fails nothing. DATABASE_URL measures PostgreSQL.
// The devices run in a child process (server/bench-load.ts), so the server's CPU time and memory
// are its own; the two processes still share the machine's cores, and each reports its CPU time.

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const LOAD: PushLoad = {
  devices: env('BENCH_DEVICES', 500),
  revisionsPerDevice: env('BENCH_REVISIONS', 200),
  perPush: 20,
  // Devices pushing at the same moment; the others wait their turn, as phones coming online do.
  concurrency: env('BENCH_CONCURRENCY', 8),
  ciphertextBytes: 600,
};
// The back office: a 12-month statement of this many entries, and a branch list of this many statements.
const ENTRIES = env('BENCH_ENTRIES', 100_000);
const STATEMENTS = env('BENCH_STATEMENTS', 10_000);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Sends the load generator a command and waits for its answer. */
function ask(child: ChildProcess, command: LoadCommand): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    child.once('message', (report) => resolve(report as LoadReport));
    child.once('exit', (code) => reject(new Error(`the load generator stopped (${code})`)));
    child.send(command);
  });
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'lumbung-bench-'));
  const config = readConfig({ ...process.env, LUMBUNG_DATA: dataDir, LOG_LEVEL: 'silent' });
  const keys = await loadKeys(config);
  const timing: PushTiming = { recording: false, pushes: [], databaseCalls: [] };
  const db = timedDatabase(await openDatabase(config), timing);
  const app = await buildApp({ config, keys, db });
  timePushes(app, timing);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const ctx = { config, keys, db };
  const codes = [];
  for (let i = 0; i < LOAD.devices; i += 1) codes.push(await benchEnrolmentCode(ctx, `BENCH-${i + 1}`));
  // The server's small young generation bounds its memory; the load generator, which only makes
  // garbage (a 16 KB body and its random bytes per push), would collect it four times as often.
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--max-semi-space-size'));
  const load = fork(new URL('./bench-load.js', import.meta.url), { execArgv });
  await ask(load, { kind: 'enrol', url, codes, concurrency: LOAD.concurrency });

  // The peak RSS, and what of it was V8's heap and memory outside it (buffers, WebAssembly) then.
  let peak = process.memoryUsage();
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    if (now.rss > peak.rss) peak = now;
  }, 100);
  const serverCpu = process.cpuUsage();
  const stopProfile = await profilePhase('push-server');
  timing.recording = true;
  const api = await ask(load, { kind: 'push', load: LOAD });
  timing.recording = false;
  const serverCpuUsed = process.cpuUsage(serverCpu);
  await stopProfile();
  clearInterval(sampler);
  load.disconnect();
  if (api.kind !== 'pushed') throw new Error('the load generator did not push');
  const rawCpu = process.cpuUsage();
  const rawSeconds = await pushRaw(db, LOAD);
  const rawCpuUsed = process.cpuUsage(rawCpu);
  const latencies = api.latencies.sort((a, b) => a - b);
  const total = LOAD.devices * LOAD.revisionsPerDevice;
  const pushes = total / LOAD.perPush;
  const msPerPush = (cpu: NodeJS.CpuUsage) => Number(((cpu.user + cpu.system) / 1000 / pushes).toFixed(2));

  const office = await enrolledDevice(ctx, url, 'BENCH-OFFICE');
  const signer = { privateKey: office.privateKey, publicKey: toPublicJwk(office.jwk) };
  const intake = await benchIntake(ctx, url, office, 'BENCH-OFFICE', signer, ENTRIES);
  // What the intake left behind: read after a full collection when run with --expose-gc.
  (globalThis as { gc?: () => void }).gc?.();
  const afterIntake = process.memoryUsage();
  const listing = await benchListing(db, 'Bench', STATEMENTS, LOAD.devices);
  console.log(
    JSON.stringify(
      {
        database: db.kind,
        load: LOAD,
        apiRevisionsPerSecond: Math.round(total / api.seconds),
        rawInsertRevisionsPerSecond: Math.round(total / rawSeconds),
        apiShareOfRaw: Number((rawSeconds / api.seconds).toFixed(2)),
        pushP50Ms: Number(percentile(latencies, 0.5).toFixed(1)),
        pushP99Ms: Number(percentile(latencies, 0.99).toFixed(1)),
        ...timingSummary(timing),
        pushPeakRssMiB: mib(peak.rss),
        pushPeakHeapMiB: mib(peak.heapTotal),
        pushPeakExternalMiB: mib(peak.external),
        // CPU seconds over the push phase's wall seconds: how much of a core each process used.
        serverCoresUsed: Number(((serverCpuUsed.user + serverCpuUsed.system) / 1e6 / api.seconds).toFixed(2)),
        loadGeneratorCoresUsed: Number((api.cpuMs / 1000 / api.seconds).toFixed(2)),
        // CPU milliseconds per push (per batch for the reference), which a loaded machine inflates
        // less than it does the rates: on PGlite the database runs in this process, so their
        // ratio is the share the server's one thread can reach when nothing else needs the cores.
        serverCpuMsPerPush: msPerPush(serverCpuUsed),
        serverSystemCpuMsPerPush: Number((serverCpuUsed.system / 1000 / pushes).toFixed(2)),
        loadGeneratorCpuMsPerPush: Number((api.cpuMs / pushes).toFixed(2)),
        rawCpuMsPerBatch: msPerPush(rawCpuUsed),
        loadGeneratorPeakRssMiB: api.peakRssMiB,
        statementIntake: {
          ...intake,
          afterRssMiB: mib(afterIntake.rss),
          afterHeapUsedMiB: mib(afterIntake.heapUsed),
          afterExternalMiB: mib(afterIntake.external),
        },
        branchList: { statements: listing.statements, ms: listing.ms },
        finalRssMiB: mib(process.memoryUsage().rss),
      },
      null,
      2,
    ),
  );
  if (process.env.BENCH_EXPLAIN === '1')
    for (const [name, plan] of Object.entries(listing.plans))
      console.error(`${name}:\n  ${plan.join('\n  ')}`);
  await app.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
