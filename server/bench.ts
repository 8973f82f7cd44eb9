import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { toPublicJwk } from '../src/domain/statement/keys';
import type { Device } from './auth/device';
import { benchIntake, benchListing } from './bench-office';
import { buildApp } from './build-app';
import { readConfig } from './config';
import type { Queryable } from './db/database';
import { openDatabase } from './db/open';
import { issueEnrolment } from './enrolments';
import { loadKeys } from './keys';

// `npm run bench:server`: pushes through the HTTP API on loopback against plain multi-row INSERTs
// of the same rows, the p99 of a 20-revision push, and the process's resident memory. A benchmark,
// not a test: it prints its figures and fails nothing. DATABASE_URL measures PostgreSQL instead.

const PUSHES = Number(process.env.BENCH_PUSHES ?? 300);
// The back office: a 12-month statement of this many entries, and a branch list of this many statements.
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 100_000);
const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 10_000);
const PER_PUSH = 20;
const CIPHERTEXT_BYTES = 600;

const revisionsAfter = (seq: number, prevHash: string | null) => {
  const list = [];
  for (let i = 1; i <= PER_PUSH; i += 1) {
    const hash = randomBytes(32).toString('hex');
    list.push({
      seq: seq + i,
      prevHash,
      hash,
      ciphertext: randomBytes(CIPHERTEXT_BYTES).toString('base64url'),
    });
    prevHash = hash;
  }
  return list;
};

/** The same rows straight into a table shaped like `revisions`, one multi-row INSERT per push. */
async function rawInserts(tx: Queryable, rows: ReturnType<typeof revisionsAfter>) {
  const params: unknown[] = [];
  const values = rows.map((row) => {
    params.push(row.seq, row.prevHash, row.hash, Buffer.from(row.ciphertext, 'base64url'));
    const n = params.length;
    return `($${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
  });
  await tx.query(
    `INSERT INTO bench_raw (seq, prev_hash, hash, ciphertext) VALUES ${values.join(', ')}`,
    params,
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'lumbung-bench-'));
  const config = readConfig({ ...process.env, LUMBUNG_DATA: dataDir, LOG_LEVEL: 'silent' });
  const keys = await loadKeys(config);
  const db = await openDatabase(config);
  const app = await buildApp({ config, keys, db });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const { kty, crv, x, y } = await exportJWK(publicKey);
  const jwk = { kty, crv, x, y };
  const proof = (method: string, path: string) =>
    new SignJWT({ jti: randomUUID(), htm: method, htu: `${url}${path}`, iat: Math.floor(Date.now() / 1000) })
      .setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk })
      .sign(privateKey);
  const send = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { DPoP: await proof(method, path), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };
  const ctx = { config, keys, db };
  const { code } = await issueEnrolment(
    ctx,
    { username: null, role: 'admin', branch: 'Bench' },
    {
      memberNumber: 'BENCH-1',
      memberName: 'Bench',
    },
  );
  await send('POST', '/api/v1/devices', { code });

  const bookId = randomUUID();
  const batches = Array.from({ length: PUSHES }, () => [] as ReturnType<typeof revisionsAfter>);
  let prevHash: string | null = null;
  batches.forEach((_, i) => {
    batches[i] = revisionsAfter(i * PER_PUSH, prevHash);
    prevHash = batches[i].at(-1)?.hash ?? null;
  });
  const latencies: number[] = [];
  const apiStart = performance.now();
  for (const revisions of batches) {
    const start = performance.now();
    await send('PUT', `/api/v1/books/${bookId}/revisions`, { revisions });
    latencies.push(performance.now() - start);
  }
  const apiSeconds = (performance.now() - apiStart) / 1000;

  await db.exec(
    'CREATE TABLE bench_raw (seq integer PRIMARY KEY, prev_hash text, hash text, ciphertext bytea)',
  );
  const rawStart = performance.now();
  for (const revisions of batches) await db.transaction((tx) => rawInserts(tx, revisions));
  const rawSeconds = (performance.now() - rawStart) / 1000;
  latencies.sort((a, b) => a - b);
  const total = PUSHES * PER_PUSH;
  const [enrolled] = await db.query<{ thumbprint: string; fingerprint: string }>(
    'SELECT thumbprint, fingerprint FROM devices LIMIT 1',
  );
  if (enrolled === undefined) throw new Error('the bench device is not enrolled');
  const device: Device = { ...enrolled, jwk: toPublicJwk(jwk), memberNumber: 'BENCH-1' };
  const signer = { privateKey, publicKey: toPublicJwk(jwk) };
  const intake = await benchIntake(ctx, device, signer, ENTRIES);
  const listing = await benchListing(ctx, device, STATEMENTS);
  console.log(
    JSON.stringify(
      {
        database: db.kind,
        pushes: PUSHES,
        revisionsPerPush: PER_PUSH,
        apiRevisionsPerSecond: Math.round(total / apiSeconds),
        rawInsertRevisionsPerSecond: Math.round(total / rawSeconds),
        apiOverRaw: Number((apiSeconds / rawSeconds).toFixed(2)),
        pushP50Ms: Number(percentile(latencies, 0.5).toFixed(1)),
        pushP99Ms: Number(percentile(latencies, 0.99).toFixed(1)),
        statementIntake: intake,
        branchList: listing,
        rssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024),
      },
      null,
      2,
    ),
  );
  await app.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
