import type { Officer } from './auth/officer';
import type { Database } from './db/database';
import { refreshStatistics } from './db/statistics';
import { listStatements, LIST_SQL, listParams, type StatementQuery } from './statements/listing';

/** Readings of each listing measured; the median is kept. */
const READINGS = 9;

/** The listings an officer opens: the first page, each filter's, and the page after the first. */
type Listing = 'firstPage' | 'altered' | 'member' | 'secondPage';

/** Copies the bench's one stored statement into `count` statements of the branch's members, one in ten altered. */
async function seedStatements(db: Database, count: number, members: number): Promise<void> {
  const [template] = await db.query<{ id: string }>('SELECT id FROM statements LIMIT 1');
  if (template === undefined) throw new Error('no statement to copy');
  await db.query(
    `INSERT INTO statements (id, member_number, branch, device_thumbprint, verdict, period_from, period_to,
       fingerprint, problems, witnessed, witness_report, envelope, received_at)
     SELECT gen_random_uuid(), 'BENCH-' || (1 + g % $3), branch, NULL,
       CASE WHEN g % 10 = 0 THEN 'altered' ELSE 'genuine' END, period_from, period_to,
       fingerprint, problems, witnessed, '[]'::jsonb, '{}', date_trunc('milliseconds', now()) - make_interval(secs => g)
     FROM statements, generate_series(1, $2) AS g WHERE id = $1`,
    [template.id, count - 1, members],
  );
  // What the server's statistics sweep does every few minutes (PostgreSQL's autovacuum, on a server).
  if (!(await refreshStatistics(db))) await db.exec('ANALYZE statements');
}

/** The median of `READINGS` timings of `run`, in ms to a tenth. */
async function medianMs(run: () => Promise<unknown>): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < READINGS; i += 1) {
    const start = performance.now();
    await run();
    readings.push(performance.now() - start);
  }
  readings.sort((a, b) => a - b);
  return Number((readings[Math.floor(READINGS / 2)] ?? 0).toFixed(1));
}

/**
 * A branch list of `count` statements over `members` members: the median server time of its first
 * page, of the first page of each filter and of the page after the first, and the query plan of
 * each (`EXPLAIN ANALYZE`), so a plan that reads the whole table shows where the time goes.
 */
export async function benchListing(
  db: Database,
  branch: string,
  count: number,
  members: number,
): Promise<{ statements: number; ms: Record<Listing, number>; plans: Record<Listing, string[]> }> {
  await seedStatements(db, count, members);
  const officer: Officer = { username: 'bench', branch, role: 'officer', csrfToken: '' };
  const first = await listStatements(db, officer, { limit: 50 });
  if (first.items.length !== Math.min(50, count) || first.next === null)
    throw new Error('bench listing short');
  const cursor = JSON.parse(
    Buffer.from(first.next, 'base64url').toString('utf8'),
  ) as StatementQuery['cursor'];
  const queries: Record<Listing, StatementQuery> = {
    firstPage: { limit: 50 },
    altered: { limit: 50, status: 'altered' },
    member: { limit: 50, member: 'BENCH-2' },
    secondPage: { limit: 50, cursor },
  };
  const ms = {} as Record<Listing, number>;
  const plans = {} as Record<Listing, string[]>;
  for (const [name, query] of Object.entries(queries) as [Listing, StatementQuery][]) {
    ms[name] = await medianMs(() => listStatements(db, officer, query));
    const plan = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS OFF, TIMING ON) ${LIST_SQL}`,
      listParams(officer, query),
    );
    plans[name] = plan.map((row) => row['QUERY PLAN']);
  }
  return { statements: count, ms, plans };
}
