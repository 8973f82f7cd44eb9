import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NamedStatement } from '../../server/db/database';
import { startTestServer, type TestServer } from '../support/server/harness';

// A named statement answers what its text answers through `query`, on either database, whatever
// its parameters: bytes, arrays, nulls and text, and after a call that failed.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const echo: NamedStatement = {
  name: 'test_echo',
  text: `SELECT $1::bytea AS bytes, $2::int[] AS numbers, $3::text AS note, $4::timestamptz AS at,
           substring($1::bytea FROM 2 FOR 3) AS middle, 10 / $5::int AS tenth`,
};

it('answers the rows its text answers, bytes bound as they are', async () => {
  const bytes = randomBytes(600);
  const params = [bytes, [1, 2, 3], null, new Date('2026-12-03T01:02:03.000Z'), 5];
  const named = await server.db.queryNamed(echo, params);
  expect(named).toEqual(await server.db.query(echo.text, params));
  expect(named).toEqual([
    {
      bytes,
      numbers: [1, 2, 3],
      note: null,
      at: new Date('2026-12-03T01:02:03.000Z'),
      middle: bytes.subarray(1, 4),
      tenth: 2,
    },
  ]);
});

it('refuses as its text refuses, and runs again afterwards', async () => {
  const params = [Buffer.from([0, 1, 2, 3]), [], 'catatan', new Date(0), 0];
  await expect(server.db.queryNamed(echo, params)).rejects.toThrow(/division by zero/);
  const [row] = await server.db.queryNamed(echo, [...params.slice(0, 4), 1]);
  expect(row).toMatchObject({ note: 'catatan', numbers: [], tenth: 10, middle: Buffer.from([1, 2, 3]) });
});

it('runs apart from a transaction another caller has open', async () => {
  await server.db.exec('CREATE TABLE named_test (n integer)');
  const insert: NamedStatement = {
    name: 'test_insert',
    text: 'INSERT INTO named_test VALUES ($1) RETURNING n',
  };
  let inside: Promise<unknown> = Promise.resolve();
  await expect(
    server.db.transaction(async (tx) => {
      await tx.query('INSERT INTO named_test VALUES (1)');
      // Started while the transaction is open; it must not become part of it.
      inside = server.db.queryNamed(insert, [2]);
      await tx.queryNamed(insert, [3]);
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  await inside;
  expect(await server.db.query('SELECT n FROM named_test ORDER BY n')).toEqual([{ n: 2 }]);
});
