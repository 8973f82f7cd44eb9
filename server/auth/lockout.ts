import type { Queryable } from '../db/database';

/** Consecutive failures that lock a username, and for how long. */
export const LOCKOUT = { failures: 10, minutes: 15 } as const;

/** Whether a username (existing or not) is locked now. */
export async function usernameLocked(db: Queryable, username: string): Promise<boolean> {
  const [row] = await db.query<{ locked: boolean }>(
    'SELECT locked_until IS NOT NULL AND locked_until > now() AS locked FROM login_lockouts WHERE username = $1',
    [username],
  );
  return row?.locked ?? false;
}

/** Counts a failed login; the tenth in a row locks the username and starts the count again. */
export async function recordLoginFailure(db: Queryable, username: string): Promise<void> {
  await db.query(
    `INSERT INTO login_lockouts AS l (username, failures) VALUES ($1, 1)
     ON CONFLICT (username) DO UPDATE SET failures = l.failures + 1`,
    [username],
  );
  await db.query(
    `UPDATE login_lockouts SET failures = 0, locked_until = now() + make_interval(mins => $2)
      WHERE username = $1 AND failures >= $3`,
    [username, LOCKOUT.minutes, LOCKOUT.failures],
  );
}

/** Forgets a username's failures after a successful login. */
export async function clearLoginFailures(db: Queryable, username: string): Promise<void> {
  await db.query('DELETE FROM login_lockouts WHERE username = $1', [username]);
}
