import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the tests run against, when `LUMBUNG_TEST_DATABASE_URL` names one; else PGlite. */
export const TEST_POSTGRES_URL = process.env.LUMBUNG_TEST_DATABASE_URL || undefined;

/** A fresh, empty database on the test PostgreSQL server, and how to drop it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (TEST_POSTGRES_URL === undefined) throw new Error('LUMBUNG_TEST_DATABASE_URL is not set');
  const name = `lumbung_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
