import type { Queryable } from '../db/database';

/** What failures are counted per address, and over which sliding window. */
export const FAILURE_LIMITS = {
  login: { limit: 30, windowSeconds: 60 },
  enrolment: { limit: 10, windowSeconds: 600 },
} as const;

/** A kind of counted failure. */
export type FailureKind = keyof typeof FAILURE_LIMITS;

/** Whether an address has used up its failures of this kind: it is then refused before any check. */
export async function addressBlocked(db: Queryable, kind: FailureKind, address: string): Promise<boolean> {
  const { limit, windowSeconds } = FAILURE_LIMITS[kind];
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM address_failures
      WHERE kind = $1 AND address = $2 AND at > now() - make_interval(secs => $3)`,
    [kind, address, windowSeconds],
  );
  return (row?.n ?? 0) >= limit;
}

/** Counts one failure of an address, and forgets failures older than every window. */
export async function recordAddressFailure(db: Queryable, kind: FailureKind, address: string): Promise<void> {
  await db.query('INSERT INTO address_failures (kind, address) VALUES ($1, $2)', [kind, address]);
  await db.query(`DELETE FROM address_failures WHERE at < now() - interval '1 hour'`);
}
