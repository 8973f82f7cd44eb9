import { keyedHash } from './auth/hashing';
import { mayActOn, type Officer } from './auth/officer';
import type { ServerContext } from './context';
import type { Queryable } from './db/database';
import { ApiError } from './errors';
import { newEnrolmentCode, normalizeEnrolmentCode } from './enrolment-code';

/** The keyed hash a code is stored under. */
export const enrolmentCodeHash = (ctx: ServerContext, code: string): string =>
  keyedHash(ctx.keys.sessionSecret, 'enrolment', normalizeEnrolmentCode(code));

/** Who issues a code: an officer, or the command line (no username) acting for a branch as an admin would. */
export type Issuer = Pick<Officer, 'branch' | 'role'> & { username: string | null };

/**
 * Issues a one-time code for a member, registering the member in the issuer's branch on first
 * enrolment (and keeping the latest name). A member of another branch is refused to an officer.
 * `audit` runs in the same transaction once the code is stored.
 */
export async function issueEnrolment(
  ctx: ServerContext,
  officer: Issuer,
  member: { memberNumber: string; memberName: string },
  audit?: (tx: Queryable) => Promise<void>,
): Promise<{ code: string; expiresAt: string }> {
  const code = newEnrolmentCode();
  const expiresAt = await ctx.db.transaction(async (tx) => {
    await tx.query('INSERT INTO branches (name) VALUES ($1) ON CONFLICT DO NOTHING', [officer.branch]);
    const [row] = await tx.query<{ branch: string }>(
      `INSERT INTO members AS m (member_number, name, branch) VALUES ($1, $2, $3)
       ON CONFLICT (member_number) DO UPDATE SET name = m.name RETURNING m.branch`,
      [member.memberNumber, member.memberName, officer.branch],
    );
    if (row === undefined || !mayActOn(officer, row.branch)) throw new ApiError(403, 'member.otherBranch');
    await tx.query('UPDATE members SET name = $2 WHERE member_number = $1', [
      member.memberNumber,
      member.memberName,
    ]);
    const [issued] = await tx.query<{ expires_at: Date }>(
      `INSERT INTO enrolments (code_hash, member_number, created_by, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING expires_at`,
      [enrolmentCodeHash(ctx, code), member.memberNumber, officer.username, ctx.config.enrolmentTtlSeconds],
    );
    if (issued === undefined) throw new Error('the enrolment was not stored');
    if (audit) await audit(tx);
    return issued.expires_at;
  });
  return { code, expiresAt: new Date(expiresAt).toISOString() };
}
