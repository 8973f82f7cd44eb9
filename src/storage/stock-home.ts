import { firstDayOf, lastDayOf, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import { EVERY_MONTH, unpackMonths } from '../domain/reports/year-rollups';
import type { StockReminderBasis } from '../domain/stock/reminder';
import type { LumbungDb } from './db';
import { bookRows } from './expectations';
import { firstRecordDate } from './first-record';
import { inRange, keyRange } from './queries';
import { getSetting, setSetting } from './settings';

/** What home needs to offer opening items or remind of a stock count, from rollups and a few rows. */
export interface StockHomeFacts extends StockReminderBasis {
  /** Whether the book holds any record yet (entries, transfers, counts or opening items). */
  hasRecords: boolean;
  /** Whether the member already answered (or set aside) the opening-items question. */
  openingAsked: boolean;
}

const openingAskedKey = (bookId: Id) => `stock.openingAsked:${bookId}`;
const reminderKey = (bookId: Id) => `stock.reminderDismissed:${bookId}`;

/**
 * The day of the book's first purchase of goods: the first year row holding one, its first month
 * holding one, then that month's days.
 */
async function firstPurchase(db: LumbungDb, bookId: Id): Promise<BusinessDate | undefined> {
  const years = await keyRange(db.yearTotals, [bookId], [bookId]).toArray();
  const month = unpackMonths(years, EVERY_MONTH)
    .monthly.filter((m) => m.kind === 'hpp' && m.count > 0)
    .map((m) => m.month)
    .sort()[0];
  if (month === undefined) return undefined;
  const days = await inRange(db.dailyTotals, bookId, firstDayOf(month), lastDayOf(month)).toArray();
  return days
    .filter((d) => d.kind === 'hpp' && d.count > 0)
    .map((d) => d.date)
    .sort()[0];
}

/** Reads the facts behind home's opening-items question and monthly stock-count reminder. */
export async function stockHomeFacts(db: LumbungDb, bookId: Id): Promise<StockHomeFacts> {
  const [levels, purchase, first, items, asked, dismissed] = await Promise.all([
    keyRange(db.stockLevels, [bookId], [bookId]).toArray(),
    firstPurchase(db, bookId),
    firstRecordDate(db, bookId),
    bookRows(db.openingItems, bookId),
    getSetting(db, openingAskedKey(bookId)),
    getSetting(db, reminderKey(bookId)),
  ]);
  const counted = levels.filter((l) => l.count > 0).map((l) => l.date);
  return {
    lastCount: counted.sort().at(-1),
    firstPurchase: purchase,
    dismissedOn: typeof dismissed === 'string' ? dismissed : undefined,
    hasRecords: first !== null || counted.length > 0 || items.some((i) => !i.voided),
    openingAsked: asked === true,
  };
}

/** Remembers that the member answered the opening-items question, so home asks no more. */
export const markOpeningAsked = (db: LumbungDb, bookId: Id): Promise<void> =>
  setSetting(db, openingAskedKey(bookId), true);

/** Sets the stock-count reminder aside for a month from `today`. */
export const dismissStockReminder = (db: LumbungDb, bookId: Id, today: BusinessDate): Promise<void> =>
  setSetting(db, reminderKey(bookId), today);
