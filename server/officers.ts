import { hashPassword } from './auth/passwords';
import type { Database, Queryable } from './db/database';

/** A new officer as the command line or an admin gives it (already validated). */
export interface NewOfficer {
  username: string;
  password: string;
  branch: string;
  role: 'officer' | 'admin';
}

/**
 * Adds an officer, creating the branch on its first use; false when the username is taken. `audit`
 * runs in the same transaction once the officer is added.
 */
export async function addOfficer(
  db: Database,
  officer: NewOfficer,
  audit?: (tx: Queryable) => Promise<void>,
): Promise<boolean> {
  const passwordHash = await hashPassword(officer.password);
  return db.transaction(async (tx) => {
    await tx.query('INSERT INTO branches (name) VALUES ($1) ON CONFLICT DO NOTHING', [officer.branch]);
    const added = await tx.query(
      `INSERT INTO officers (username, password_hash, branch, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING username`,
      [officer.username, passwordHash, officer.branch, officer.role],
    );
    if (added.length === 1 && audit) await audit(tx);
    return added.length === 1;
  });
}
