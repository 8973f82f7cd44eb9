import type { Cell } from 'write-excel-file/universal';
import { toDayNumber, wallClockIn, type BusinessDate, type BusinessMonth } from '../dates';

const DAY_MS = 86_400_000;

/** The number format of money cells: whole Rupiah with thousands separators. */
const RUPIAH = '#,##0';

// Dates are written as Excel serial numbers of the wall clock, so no reader's time zone moves them.
const DATE = 'dd/mm/yyyy';
const DATE_TIME = 'dd/mm/yyyy hh:mm';
const MONTH = 'mm/yyyy';

/** Money as a real number in whole Rupiah. */
export const money = (value: number): Cell => ({ value, type: Number, format: RUPIAH });
/** A heading. */
export const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });
/** Plain text. */
export const text = (value: string): Cell => ({ value, type: String });
/** A plain number (a count or a ratio). */
export const number = (value: number): Cell => ({ value, type: Number });

/** A business date as a date cell an officer can sort and filter. */
export const dateCell = (date: BusinessDate): Cell => ({
  value: new Date(toDayNumber(date) * DAY_MS),
  type: Date,
  format: DATE,
});

/** A month as a date cell (its first day), shown as `mm/yyyy`. */
export const monthCell = (month: BusinessMonth): Cell => ({
  value: new Date(toDayNumber(`${month}-01`) * DAY_MS),
  type: Date,
  format: MONTH,
});

/** An instant as a date-and-time cell on the book's wall clock (not UTC). */
export function clockCell(instant: string, timeZone: string): Cell {
  const clock = wallClockIn(new Date(instant), timeZone);
  const ms = toDayNumber(clock.date) * DAY_MS + (clock.hour * 60 + clock.minute) * 60_000;
  return { value: new Date(ms), type: Date, format: DATE_TIME };
}
