import { addDays, wallClockIn, type BusinessDate } from './dates';

/** The instant (ms since the epoch) a business day begins in a time zone: its local midnight. */
export function dayStartIn(date: BusinessDate, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(year, month - 1, day);
  // Twice: the offset at the first guess may differ from the offset at midnight itself (a zone
  // that moves its clocks near midnight); the second guess lands on the day's own offset.
  const offsetAt = (instant: number) => wallClockIn(new Date(instant), timeZone).offsetMinutes * 60_000;
  const guess = midnightUtc - offsetAt(midnightUtc);
  return midnightUtc - offsetAt(guess);
}

/** The instants a business day spans in a time zone: from its midnight up to (not including) the next. */
export const dayBoundsIn = (date: BusinessDate, timeZone: string): { since: number; until: number } => ({
  since: dayStartIn(date, timeZone),
  until: dayStartIn(addDays(date, 1), timeZone),
});
