import { CAPACITY_KINDS, capacityMonths, type CapacityMonth } from './capacity';
import { entriesOfKinds, firstRowsOf, rowCount } from './rows-on-read';
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

const isRowTable = (key: string): key is (typeof ROW_TABLES)[number] =>
  (ROW_TABLES as readonly string[]).includes(key);

/** The first rows of a row table (entries and transfers not expanded beyond them), or any other field as it is. */
function firstOf(statement: Statement, key: string): unknown {
  if (key === 'entries' || key === 'transfers') return firstRowsOf(statement, key, SHOWN_ROWS);
  const value = (statement as unknown as Record<string, unknown>)[key];
  return isRowTable(key) && Array.isArray(value) && value.length > SHOWN_ROWS
    ? value.slice(0, SHOWN_ROWS)
    : value;
}

/** The first rows of each row table of a statement; every other field as it is. */
function firstRows(statement: Statement): Statement {
  const cut: Record<string, unknown> = {};
  for (const key of Object.keys(statement)) cut[key] = firstOf(statement, key);
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
      entries: rowCount(statement, 'entries'),
      transfers: rowCount(statement, 'transfers'),
      // Capacity reads only its own kinds: the others are not expanded for it.
      capacity: capacityMonths({
        months: statement.months,
        entries: entriesOfKinds(statement, CAPACITY_KINDS),
      }),
    },
  };
}
