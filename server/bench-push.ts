import { KeyObject, randomBytes, randomUUID, sign } from 'node:crypto';
import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { benchRequester } from './bench-http';
import type { ServerContext } from './context';
import type { Database, Queryable } from './db/database';
import { issueEnrolment } from './enrolments';

/** The shape of the push load: devices, each pushing its revisions in batches, so many at a time. */
export interface PushLoad {
  devices: number;
  revisionsPerDevice: number;
  perPush: number;
  concurrency: number;
  ciphertextBytes: number;
}

interface BenchRevision {
  seq: number;
  prevHash: string | null;
  hash: string;
  ciphertext: string;
}

/** A bench phone: its key and a signed request to the server. */
export interface BenchDevice {
  privateKey: CryptoKey;
  jwk: JWK;
  /** A DPoP proof for a request to `path`, of the form the phone sends. */
  proof(method: string, path: string): string;
  /** Sends `body` as JSON (a string as it is, as the app sends a statement) and answers the parsed answer. */
  send(method: string, path: string, body: unknown): Promise<unknown>;
}

const base64urlJson = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** The answer's parsed JSON, or an error naming the request for any answer but 2xx. */
function readAnswer(method: string, path: string, status: number, text: string): unknown {
  if (status < 200 || status > 299) throw new Error(`${method} ${path}: ${status} ${text.slice(0, 400)}`);
  return text === '' ? null : (JSON.parse(text) as unknown);
}

/**
 * A device with a new key, talking to `url`; every answer but 2xx throws. Its proofs are the
 * compact JWS a phone makes (the same header, claims and ES256 r‖s signature), signed through
 * OpenSSL in one call: the load generator shares the server's cores, so its own cost counts.
 */
export async function benchDevice(url: string): Promise<BenchDevice> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const { kty, crv, x, y } = await exportJWK(publicKey);
  const jwk = { kty, crv, x, y };
  const signingKey = KeyObject.from(privateKey);
  const header = base64urlJson({ typ: 'dpop+jwt', alg: 'ES256', jwk });
  const proof = (method: string, path: string) => {
    const claims = {
      jti: randomUUID(),
      htm: method,
      htu: `${url}${path}`,
      iat: Math.floor(Date.now() / 1000),
    };
    const input = `${header}.${base64urlJson(claims)}`;
    const signature = sign('sha256', Buffer.from(input), { key: signingKey, dsaEncoding: 'ieee-p1363' });
    return `${input}.${signature.toString('base64url')}`;
  };
  return {
    privateKey,
    jwk,
    proof,
    async send(method, path, body) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { DPoP: proof(method, path), 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return readAnswer(method, path, response.status, await response.text());
    },
  };
}

/** A one-time enrolment code for a new bench member. */
export async function benchEnrolmentCode(ctx: ServerContext, memberNumber: string): Promise<string> {
  const officer = { username: null, role: 'admin' as const, branch: 'Bench' };
  const { code } = await issueEnrolment(ctx, officer, { memberNumber, memberName: 'Bench' });
  return code;
}

/** A new device enrolled at `url` with a one-time code. */
export async function enrolWithCode(url: string, code: string): Promise<BenchDevice> {
  const device = await benchDevice(url);
  await device.send('POST', '/api/v1/devices', { code });
  return device;
}

/** An enrolled device of a new member. */
export async function enrolledDevice(ctx: ServerContext, url: string, memberNumber: string) {
  return enrolWithCode(url, await benchEnrolmentCode(ctx, memberNumber));
}

function batchAfter(seq: number, prevHash: string | null, load: PushLoad): BenchRevision[] {
  const list: BenchRevision[] = [];
  for (let i = 1; i <= load.perPush; i += 1) {
    const hash = randomBytes(32).toString('hex');
    const ciphertext = randomBytes(load.ciphertextBytes).toString('base64url');
    list.push({ seq: seq + i, prevHash, hash, ciphertext });
    prevHash = hash;
  }
  return list;
}

/** Runs `work` for 0…count-1, `concurrency` at a time. */
async function inParallel(count: number, concurrency: number, work: (index: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** Every device pushes its whole book through the API; answers the seconds taken and each push's latency. */
export async function pushThroughApi(url: string, devices: readonly BenchDevice[], load: PushLoad) {
  const latencies: number[] = [];
  const send = benchRequester(load.concurrency);
  const start = performance.now();
  await inParallel(devices.length, load.concurrency, async (index) => {
    const device = devices[index];
    if (device === undefined) return;
    const path = `/api/v1/books/${randomUUID()}/revisions`;
    let prevHash: string | null = null;
    for (let seq = 0; seq < load.revisionsPerDevice; seq += load.perPush) {
      const revisions = batchAfter(seq, prevHash, load);
      const pushStart = performance.now();
      const headers = { DPoP: device.proof('PUT', path), 'content-type': 'application/json' };
      const answer = await send('PUT', `${url}${path}`, headers, JSON.stringify({ revisions }));
      readAnswer('PUT', path, answer.status, answer.text);
      latencies.push(performance.now() - pushStart);
      prevHash = revisions.at(-1)?.hash ?? null;
    }
  });
  return { seconds: (performance.now() - start) / 1000, latencies };
}

async function rawInsert(tx: Queryable, bookId: string, rows: readonly BenchRevision[]) {
  const params: unknown[] = [bookId];
  const values = rows.map((row) => {
    params.push(row.seq, row.prevHash, row.hash, Buffer.from(row.ciphertext, 'base64url'));
    const n = params.length;
    return `($1, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
  });
  await tx.query(
    `INSERT INTO bench_raw (book_id, seq, prev_hash, hash, ciphertext) VALUES ${values.join(', ')}`,
    params,
  );
}

/**
 * The reference: rows of the same shape, sizes and batches, one transaction with one multi-row
 * INSERT per batch, at the same concurrency, straight into a table shaped like `revisions`.
 */
export async function pushRaw(db: Database, load: PushLoad): Promise<number> {
  await db.exec(`CREATE TABLE bench_raw (book_id uuid, seq integer, prev_hash text, hash text NOT NULL,
    ciphertext bytea NOT NULL, received_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (book_id, seq))`);
  const start = performance.now();
  await inParallel(load.devices, load.concurrency, async () => {
    const bookId = randomUUID();
    let prevHash: string | null = null;
    for (let seq = 0; seq < load.revisionsPerDevice; seq += load.perPush) {
      const rows = batchAfter(seq, prevHash, load);
      await db.transaction((tx) => rawInsert(tx, bookId, rows));
      prevHash = rows.at(-1)?.hash ?? null;
    }
  });
  const seconds = (performance.now() - start) / 1000;
  await db.exec('DROP TABLE bench_raw');
  return seconds;
}
