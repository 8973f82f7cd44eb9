import { capacityMonths, type CapacityMonth } from './capacity';
import type { Statement } from './schema';
import type { StatementVerification } from './verify';

/** How many rows of each table a screen shows (and is sent) of a checked statement; the files hold them all. */
export const SHOWN_ROWS = 200;

/** The row tables a statement may carry (`/2` adds the last four): the only parts that grow with the book. */
const ROW_TABLES = ['entries', 'transfers', 'settlements', 'stockCounts', 'carried', 'openingItems'] as const;

/** What a screen needs of a statement's rows beyond the first ones: how many there are, and capacity's sums. */
export interface ShownRows {
  /** How many entries and transfers the statement holds. */
  entries: number;
  transfers: number;
  /** Each month's net profit, prive and angsuran pokok, summed over every entry (the officer's calculator). */
  capacity: CapacityMonth[];
}

/**
 * A verification as a screen receives it: every verdict, reason and figure (the `/2` positions and
 * aging too), but each row table cut to its first `SHOWN_ROWS`, so sending it from the verify
 * worker costs the page little. `shown` holds what the cut rows would have told: counts and sums.
 */
export type VerificationView = StatementVerification & { shown: ShownRows | null };

/** The first rows of each row table of a statement; every other field as it is. */
function firstRows(statement: Statement): Statement {
  const cut: Record<string, unknown> = { ...statement };
  for (const table of ROW_TABLES) {
    const rows = cut[table];
    if (Array.isArray(rows) && rows.length > SHOWN_ROWS) cut[table] = rows.slice(0, SHOWN_ROWS);
  }
  return cut as Statement;
}

/** The view of a verification a screen is sent (see `VerificationView`). */
export function verificationView(verification: StatementVerification): VerificationView {
  const { statement } = verification;
  if (statement === null) return { ...verification, shown: null };
  return {
    ...verification,
    statement: firstRows(statement),
    shown: {
      entries: statement.entries.length,
      transfers: statement.transfers.length,
      capacity: capacityMonths(statement),
    },
  };
}
