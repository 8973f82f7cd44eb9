import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPublicJwk } from '../src/domain/statement/keys';
import type { Device } from './auth/device';
import { benchIntake } from './bench-office';
import { benchListing } from './bench-listing';
import { enrolledDevice, pushRaw, pushThroughApi, type PushLoad } from './bench-push';
import { buildApp } from './build-app';
import { readConfig } from './config';
import { openDatabase } from './db/open';
import { loadKeys } from './keys';

// `npm run bench:server`: devices pushing their books through the HTTP API on loopback against
// multi-row INSERTs of rows of the same shape at the same concurrency, the p99 of a 20-revision
// push under that load, the resident memory, then the back office's intake and branch list.
// A benchmark, not a test: it prints its figures and fails nothing. DATABASE_URL measures PostgreSQL.

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

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'lumbung-bench-'));
  const config = readConfig({ ...process.env, LUMBUNG_DATA: dataDir, LOG_LEVEL: 'silent' });
  const keys = await loadKeys(config);
  const db = await openDatabase(config);
  const app = await buildApp({ config, keys, db });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const ctx = { config, keys, db };
  const devices = [];
  for (let i = 0; i < LOAD.devices; i += 1) devices.push(await enrolledDevice(ctx, url, `BENCH-${i + 1}`));

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const api = await pushThroughApi(devices, LOAD);
  clearInterval(sampler);
  const rawSeconds = await pushRaw(db, LOAD);
  const latencies = api.latencies.sort((a, b) => a - b);
  const total = LOAD.devices * LOAD.revisionsPerDevice;

  const first = devices[0];
  const [enrolled] = await db.query<{ thumbprint: string; fingerprint: string }>(
    "SELECT thumbprint, fingerprint FROM devices WHERE member_number = 'BENCH-1'",
  );
  if (enrolled === undefined || first === undefined) throw new Error('the bench device is not enrolled');
  const device: Device = { ...enrolled, jwk: toPublicJwk(first.jwk), memberNumber: 'BENCH-1' };
  const signer = { privateKey: first.privateKey, publicKey: toPublicJwk(first.jwk) };
  const intake = await benchIntake(ctx, device, signer, ENTRIES);
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
        pushPeakRssMiB: mib(peakRss),
        statementIntake: intake,
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
