import pg from 'pg';
import type { Database, Queryable } from './database';

type Client = pg.Pool | pg.PoolClient;

const wrap = (client: Client): Queryable => ({
  async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
    return (await client.query<Row>(sql, [...params])).rows;
  },
  async exec(sql: string) {
    await client.query(sql);
  },
});

/** A PostgreSQL server through a connection pool. */
export function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
