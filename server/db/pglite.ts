import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, NamedStatement, Queryable } from './database';
import { createPgliteIfAbsent } from './pglite-create';
import { pgliteNamedStatements } from './pglite-named';

const wrap = (target: PGlite | Transaction): Queryable => ({
  async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
    return (await target.query<Row>(sql, [...params])).rows;
  },
  // Inside a transaction PGlite offers no message of our own: the statement runs by its text.
  async queryNamed<Row extends object>(statement: NamedStatement, params: readonly unknown[]) {
    return (await target.query<Row>(statement.text, [...params])).rows;
  },
  async exec(sql: string) {
    await target.exec(sql);
  },
});

const BYTEA = 17;
function asBuffer(bytes: unknown): Buffer {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('a bytea parameter must be bytes');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// PGlite's own bytea conversions go byte by byte through JavaScript strings, which made a tenth
// of a push's time (20 ciphertexts each way); Buffer's hex codec does the same in native code.
const byteaCodecs = {
  serializers: { [BYTEA]: (value: unknown) => `\\x${asBuffer(value).toString('hex')}` },
  parsers: { [BYTEA]: (text: string) => Buffer.from(text.slice(2), 'hex') },
};

// PostgreSQL's buffer cache lives in PGlite's WebAssembly memory, which never shrinks: a small one
// bounds the process's memory, and the pages it cannot hold are read back from the operating
// system's file cache.
const SHARED_BUFFERS = '16MB';

/**
 * The embedded database in `dataDir/db`, one process at a time, created in a child process the
 * first time. Every commit is in the operating system's files before it answers, so it outlives
 * the process; PGlite starts PostgreSQL with `fsync` off, and its file layer passes no `fsync` to
 * the operating system even when PostgreSQL asks for one, so a power cut can still lose the last
 * ones (docs/server.md).
 */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, 'db');
  const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`];
  await createPgliteIfAbsent(path, startParams);
  const pglite = await PGlite.create(path, { relaxedDurability: false, startParams, ...byteaCodecs });
  return {
    kind: 'pglite',
    ...wrap(pglite),
    queryNamed: pgliteNamedStatements(pglite),
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    close: () => pglite.close(),
  };
}
