import type { WitnessedRecord } from './witness';

/** How close before the statement an arrival counts as "just before", and how late after its date. */
export const LATE_ARRIVAL = { windowDays: 3, minLagDays: 3, warnShare: 0.25, warnMin: 5 } as const;

/** Records that reached the server only in the days just before the statement, long after their dates. */
export interface LateArrivals {
  count: number;
  total: number;
  /** Whether they are many: a book typed in just before applying looks like this. */
  warn: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Counts the records whose revision arrived within `windowDays` before the statement was made and
 * more than `minLagDays` after the record's date; warns when they are at least a quarter of the
 * records (and at least five).
 */
export function lateArrivals(records: readonly WitnessedRecord[], statementCreatedAt: string): LateArrivals {
  const made = Date.parse(statementCreatedAt);
  const count = records.filter((record) => {
    if (record.receivedAt === null || record.lagDays === null) return false;
    const before = made - Date.parse(record.receivedAt);
    return before <= LATE_ARRIVAL.windowDays * DAY_MS && record.lagDays > LATE_ARRIVAL.minLagDays;
  }).length;
  const total = records.length;
  const warn = count >= LATE_ARRIVAL.warnMin && count >= total * LATE_ARRIVAL.warnShare;
  return { count, total, warn };
}
