import type { Queryable } from '../db/database';
import { jsonbText } from '../db/jsonb';

/** One line of the audit log as the server writes it. */
export interface AuditLine {
  /** The officer's username; null for a request no officer could be named for. */
  actor: string | null;
  branch: string | null;
  /** What was done or tried, e.g. `officer.add`, `statement.open`, `GET /api/v1/statements`. */
  action: string;
  /** What it was done to: a username, member number, statement id… */
  target?: string | null;
  outcome: 'done' | 'refused';
  address: string;
  detail?: Record<string, string | number | boolean | null>;
}

const clip = (text: string | null | undefined, max: number) =>
  text === null || text === undefined ? null : text.slice(0, max);

/** Writes one audit line, inside the caller's transaction when it passes one. */
export async function recordAudit(db: Queryable, line: AuditLine): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor, branch, action, target, outcome, address, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      clip(line.actor, 100),
      clip(line.branch, 100),
      line.action.slice(0, 200),
      clip(line.target, 200),
      line.outcome,
      line.address.slice(0, 100),
      jsonbText(line.detail ?? {}),
    ],
  );
}
