import type { Officer } from '../auth/officer';
import type { Queryable } from '../db/database';
import type { WitnessSummary } from './witness';

/** A statement as the back office lists it. */
export interface StatementItem {
  id: string;
  memberNumber: string;
  period: { from: string; to: string };
  verdict: 'genuine' | 'altered';
  receivedAt: string;
  witnessed: WitnessSummary;
}

/** What a listing asks for: filters, page size, and where the previous page ended. */
export interface StatementQuery {
  status?: 'genuine' | 'altered' | undefined;
  member?: string | undefined;
  limit: number;
  cursor?: { receivedAt: string; id: string } | undefined;
}

/** A statement row as read for listing or opening. */
export interface StatementRow {
  id: string;
  member_number: string;
  branch: string;
  period_from: string;
  period_to: string;
  verdict: 'genuine' | 'altered';
  received_at: Date;
  witnessed: WitnessSummary;
}

/** The listing's shape of a row. */
export const statementItem = (row: StatementRow): StatementItem => ({
  id: row.id,
  memberNumber: row.member_number,
  period: { from: row.period_from, to: row.period_to },
  verdict: row.verdict,
  receivedAt: new Date(row.received_at).toISOString(),
  witnessed: row.witnessed,
});

/** The columns a listing and an opening read. */
export const STATEMENT_COLUMNS =
  'id, member_number, branch, period_from, period_to, verdict, received_at, witnessed';

/** The listing's query: the officer's branch (all for an admin), the filters, after the cursor, newest first. */
export const LIST_SQL = `SELECT ${STATEMENT_COLUMNS} FROM statements
      WHERE ($1::text IS NULL OR branch = $1)
        AND ($2::text IS NULL OR verdict = $2)
        AND ($3::text IS NULL OR member_number = $3)
        AND ($4::timestamptz IS NULL OR (received_at, id) < ($4::timestamptz, $5::uuid))
      ORDER BY received_at DESC, id DESC LIMIT $6`;

/** The parameters of `LIST_SQL` for an officer's query: one row more than the page, to tell whether one follows. */
export const listParams = (officer: Officer, query: StatementQuery): unknown[] => [
  officer.role === 'admin' ? null : officer.branch,
  query.status ?? null,
  query.member ?? null,
  query.cursor?.receivedAt ?? null,
  query.cursor?.id ?? null,
  query.limit + 1,
];

/** One page of the statements an officer may see, newest first, and the cursor of the next page. */
export async function listStatements(
  db: Queryable,
  officer: Officer,
  query: StatementQuery,
): Promise<{ items: StatementItem[]; next: string | null }> {
  const rows = await db.query<StatementRow>(LIST_SQL, listParams(officer, query));
  const items = rows.slice(0, query.limit).map(statementItem);
  const last = items[items.length - 1];
  const next =
    rows.length > query.limit && last
      ? Buffer.from(JSON.stringify({ receivedAt: last.receivedAt, id: last.id })).toString('base64url')
      : null;
  return { items, next };
}
