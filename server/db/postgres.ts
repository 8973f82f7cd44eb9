import pg from 'pg';
import type { Database, NamedStatement, Queryable } from './database';
import { guardConnection, isConnectionLoss } from './unavailable';

type Client = pg.Pool | pg.PoolClient;

// A request waits this long for a connection before it is answered 503, rather than hanging while
// PostgreSQL is down or every connection is busy.
const CONNECT_TIMEOUT_MS = 5_000;

const wrap = (client: Client): Queryable => ({
  query<Row extends object>(sql: string, params: readonly unknown[] = []) {
    return guardConnection(async () => (await client.query<Row>(sql, [...params])).rows);
  },
  // node-postgres parses a named statement once per connection and binds a Buffer in binary.
  queryNamed<Row extends object>(statement: NamedStatement, params: readonly unknown[]) {
    return guardConnection(
      async () =>
        (await client.query<Row>({ name: statement.name, text: statement.text, values: [...params] })).rows,
    );
  },
  exec(sql: string) {
    return guardConnection(async () => {
      await client.query(sql);
    });
  },
});

/**
 * A PostgreSQL server through a connection pool. When PostgreSQL restarts, the pool drops the
 * connections it loses and opens new ones on the next request: queries in between fail with
 * `DatabaseUnavailable` (answered 503), and the process never needs a restart of its own.
 */
export function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection that dies (PostgreSQL restarting) is reported here and removed by the pool;
  // without a listener the event would end the process.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await guardConnection(() => pool.connect());
      // The pool stops listening to a client it lent out: a connection lost in the middle of a
      // transaction is reported here, and its pending query fails on its own.
      const ignoreLoss = () => undefined;
      client.on('error', ignoreLoss);
      let broken = false;
      try {
        await guardConnection(() => client.query('BEGIN'));
        const result = await work(wrap(client));
        await guardConnection(() => client.query('COMMIT'));
        return result;
      } catch (error) {
        broken = isConnectionLoss(error);
        if (!broken) await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        // A connection that failed is closed rather than handed to the next request.
        client.off('error', ignoreLoss);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
