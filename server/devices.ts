import type { Queryable } from './db/database';

/** A member's device as officers and the member's own devices see it. */
export interface DeviceListing {
  fingerprint: string;
  enrolledAt: string;
  revokedAt?: string;
  /** When the device last proved itself to the server. */
  lastSeenAt?: string;
}

/** Every device of a member, oldest first. */
export async function memberDevices(db: Queryable, memberNumber: string): Promise<DeviceListing[]> {
  const rows = await db.query<{
    fingerprint: string;
    enrolled_at: Date;
    revoked_at: Date | null;
    last_seen_at: Date | null;
  }>(
    `SELECT fingerprint, enrolled_at, revoked_at, last_seen_at FROM devices WHERE member_number = $1
      ORDER BY enrolled_at, fingerprint`,
    [memberNumber],
  );
  return rows.map((row) => ({
    fingerprint: row.fingerprint,
    enrolledAt: new Date(row.enrolled_at).toISOString(),
    ...(row.revoked_at ? { revokedAt: new Date(row.revoked_at).toISOString() } : {}),
    ...(row.last_seen_at ? { lastSeenAt: new Date(row.last_seen_at).toISOString() } : {}),
  }));
}
