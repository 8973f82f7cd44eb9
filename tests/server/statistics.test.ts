import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Officer } from '../../server/auth/officer';
import { buildApp } from '../../server/build-app';
import { readConfig } from '../../server/config';
import type { Queryable } from '../../server/db/database';
import { openDatabase } from '../../server/db/open';
import { loadKeys } from '../../server/keys';
import { LIST_SQL, listParams } from '../../server/statements/listing';
import { TEST_POSTGRES_URL } from '../support/server/database';
import { enrolDevice } from '../support/server/flow';
import { startTestServer } from '../support/server/harness';
import { addAndSignIn, RINA } from '../support/server/staff';
import { monthStatement, signedJson, testToday } from '../support/server/statement';

// PGlite has no autovacuum: the server gathers the planner's statistics itself, at start and when
// the branch list outgrows them, so the list is read through its index from the first page.
// (On a PostgreSQL server, autovacuum does this.)

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `count` statements of one member of branch Maumere, straight into the table (as a past run left them). */
async function fill(db: Queryable, count: number, member = 'STA-1'): Promise<void> {
  await db.query("INSERT INTO branches (name) VALUES ('Maumere') ON CONFLICT DO NOTHING");
  await db.query(
    "INSERT INTO members (member_number, name, branch) VALUES ($1, 'Anggota', 'Maumere') ON CONFLICT DO NOTHING",
    [member],
  );
  await db.query(
    `INSERT INTO statements (id, member_number, branch, verdict, period_from, period_to, problems,
       witnessed, witness_report, envelope, received_at)
     SELECT gen_random_uuid(), $1, 'Maumere', 'genuine', '2026-01-01', '2026-01-31', '[]', '{}', '[]', '{}',
       date_trunc('milliseconds', now()) - make_interval(secs => g)
     FROM generate_series(1, $2) AS g`,
    [member, count],
  );
}

/** The rows the planner believes the statement table holds (-1: never gathered). */
const believed = async (db: Queryable) =>
  (
    await db.query<{ rows: number }>(
      "SELECT reltuples::int AS rows FROM pg_class WHERE relname = 'statements'",
    )
  )[0]?.rows;

describe.skipIf(TEST_POSTGRES_URL !== undefined)('the embedded database’s statistics', () => {
  it('are there as soon as a server starts on a filled database: its first page walks the index', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lumbung-statistics-'));
    dirs.push(dataDir);
    const config = readConfig({ LUMBUNG_DATA: dataDir, PORT: '0', LOG_LEVEL: 'silent' });
    const filling = await openDatabase(config);
    await fill(filling, 3_000);
    expect(await believed(filling)).toBe(-1);
    await filling.close();

    const db = await openDatabase(config);
    const app = await buildApp({ config, keys: await loadKeys(config), db });
    try {
      expect(await believed(db)).toBe(3_000);
      const officer: Officer = { username: 'ani', branch: 'Maumere', role: 'officer', csrfToken: '' };
      const plan = await db.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN ${LIST_SQL}`,
        listParams(officer, { limit: 50 }),
      );
      const text = plan.map((row) => row['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index Scan using statements_\w+ on statements/);
      expect(text).not.toMatch(/Seq Scan|Sort/);
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('are gathered again when the list has doubled since, at the filing that shows it', async () => {
    const server = await startTestServer();
    try {
      expect(await believed(server.db)).toBe(0);
      const [officer] = await addAndSignIn(server, RINA);
      const device = await enrolDevice(officer, 'STA-2');
      await fill(server.db, 3_000);
      expect(await believed(server.db)).toBe(0);
      const send = async (id: string) => {
        const { statement } = monthStatement('STA-2', [{ id, date: testToday(), amount: 9_000 }]);
        return device.send('POST', '/api/v1/statements', undefined, {
          raw: await signedJson(statement, device.signer()),
        });
      };
      expect((await send('g1')).status).toBe(201);
      expect(await believed(server.db)).toBe(3_001);
      // One more filing is no doubling: the statistics stand until the table grows as much again.
      expect((await send('g2')).status).toBe(201);
      expect(await believed(server.db)).toBe(3_001);
    } finally {
      await server.stop();
    }
  });
});
