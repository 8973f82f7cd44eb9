import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import {
  dayInZone,
  dayOfTimeInZone,
  instantTime,
  isBusinessDate,
  toDayNumber,
  type BusinessDate,
} from '../dates';
import { directionOf } from '../kinds';
import { addMoney } from '../money';
import { disciplineFromFacts, type DisciplineFacts } from '../reports';
import { derivedOpenings, figuresBasis, statedFigures } from './check';
import type { CompactEntryRow, CompactStatement, CompactTransferRow } from './compact-schema';
import { diffFigures } from './diff';
import { figuresFromTotals } from './figures';
import { recordedAfterStatement, recordedTooFarAhead } from './plausibility';
import { RowIdSet } from './row-ids';
import { categoryKey, STATEMENT_BOOK } from './rows';
import type { Statement } from './schema';

// A compact statement's rows checked and rolled up straight from its columns, in one pass and
// without an object per row (docs/statement-format.md#the-fast-column-path). It answers only
// "nothing to report": at the first thing the plain checks would report, it stops, and the plain
// checks run and name it, so every reason still comes from one place.

/** Each code as the first code of the same name: two codes naming one account count as one, as names do. */
function firstCodes(keys: readonly string[]): number[] {
  const first = new Map<string, number>();
  return keys.map((key, code) => {
    const known = first.get(key);
    if (known !== undefined) return known;
    first.set(key, code);
    return code;
  });
}

/** The day of the period a date is (0 for its first), read once per distinct date. */
function dayIndexer(from: BusinessDate): (date: BusinessDate) => number {
  const start = toDayNumber(from);
  const known = new Map<string, number>();
  return (date) => {
    let day = known.get(date);
    if (day === undefined) known.set(date, (day = toDayNumber(date) - start));
    return day;
  };
}

/** The slot `dayOfTimeInZone` reads a day for once: every instant of one slot gets the same day. */
const SLOT_MS = 15 * 60 * 1000;
/** How many slots are kept at once: a few weeks of recording, more than rows ever jump between. */
const KEPT_SLOTS = 1 << 12;

/**
 * The days rows were recorded on, kept per slot in a table in front of `dayOfTimeInZone` (which
 * gives a whole slot one day), with each day's day of the period: a Map lookup per row, and the
 * day's text looked up again for its number, were a large part of the pass.
 */
class RecordedDays {
  /** The slot each place holds (NaN: none yet), its day, and that day's day of the period. */
  readonly slots = new Float64Array(KEPT_SLOTS).fill(NaN);
  readonly days: BusinessDate[] = new Array<BusinessDate>(KEPT_SLOTS).fill('');
  readonly indexes = new Float64Array(KEPT_SLOTS);
  private readonly dayOf: (time: number) => BusinessDate;

  constructor(
    timeZone: string,
    private readonly dayIndex: (date: BusinessDate) => number,
  ) {
    this.dayOf = dayOfTimeInZone(timeZone);
  }

  /** The place in `days` and `indexes` of the day an instant (epoch milliseconds) falls on. */
  placeOf(time: number): number {
    const slot = Math.floor(time / SLOT_MS);
    const at = slot & (KEPT_SLOTS - 1);
    if (this.slots[at] !== slot) {
      const day = this.dayOf(time);
      this.slots[at] = slot;
      this.days[at] = day;
      this.indexes[at] = this.dayIndex(day);
    }
    return at;
  }
}

/** Adds `amount` to the total under `key`, or starts it with `start`. */
function addTo<T extends { amount: number; count: number }>(
  totals: Map<number, T>,
  key: number,
  amount: number,
  start: () => T,
) {
  const total = totals.get(key);
  if (total === undefined) totals.set(key, start());
  else {
    total.amount += amount;
    total.count += 1;
  }
}

/**
 * Whether the plain checks would find nothing wrong with a compact statement's rows, their
 * plausibility or its figures: no row outside the period or twice, no transfer within one account,
 * none recorded after the statement or too early, and every figure the one its rows give. A sum
 * past the safe range, or any other surprise, answers false: the plain checks then say what it is.
 */
export function compactRowsConsistent(compact: CompactStatement, statement: Statement): boolean {
  try {
    return rowsConsistent(compact, statement);
  } catch {
    return false;
  }
}

function rowsConsistent(compact: CompactStatement, statement: Statement): boolean {
  const { from, to } = compact.period;
  if (from > to || !isBusinessDate(from) || !isBusinessDate(to)) return false;
  const { categories, accounts } = compact.codes;
  const categoryIds = categories.map((c) => categoryKey(c.kind, c.name));
  const categoryOf = firstCodes(categoryIds);
  const accountOf = firstCodes(accounts);
  const madeTime = new Date(compact.createdAt).getTime();
  const dayIndex = dayIndexer(from);
  const recorded = new RecordedDays(compact.business.timeZone, dayIndex);
  const entryRows = compact.entries.rows;
  const transferRows = compact.transfers.rows;
  const seen = new RowIdSet(entryRows.length + transferRows.length);
  /**
   * The day a row was recorded on, or null when the plain checks would report the row. Days are
   * compared as day numbers of the period (`dayIndex`, one reading per distinct text), not re-read
   * from their text for every row; `recordedLag` is left holding that row's lag.
   */
  let recordedLag = 0;
  const recordedDay = (id: string, dateIndex: number, recordedAt: string): BusinessDate | null => {
    if (!seen.add(id)) return null;
    const time = instantTime(recordedAt);
    const at = recorded.placeOf(time);
    const ahead = dateIndex - (recorded.indexes[at] as number);
    if (recordedAfterStatement(time, madeTime) || recordedTooFarAhead(ahead)) return null;
    recordedLag = Math.max(0, -ahead); // recordingLag, on day numbers
    return recorded.days[at] as BusinessDate;
  };
  const moves = accounts.map(() => 0);
  // The discipline reads the entries' dates only as a set of days: each day is given once, in the
  // order first met, which makes the same set as every row's date would (a date this cannot mark
  // is given each time, which the set takes once all the same).
  const dated = new Uint8Array(dayIndex(to) + 1);
  const facts: DisciplineFacts & { dates: string[]; recordedDays: string[]; lags: number[] } = {
    dates: [],
    recordedDays: [],
    lags: [],
    imported: 0,
    corrections: 0, // a statement's rows are as recorded: the count of corrections is stated, not computed
  };
  const daily = new Map<number, DailyTotal>();
  const named = new Map<number, { id: string; name: string }>();
  const nCategories = categories.length;
  const nAccounts = accounts.length;
  // Whether each category's entries bring money in: asked once per category, not once per row.
  const bringsIn = categories.map((c) => directionOf(c.kind) === 'in');
  // Indexed loops over the rows, no destructuring: this runs once per row of a busy shop's year.
  for (let i = 0; i < entryRows.length; i++) {
    const row = entryRows[i] as CompactEntryRow;
    const date = row[1];
    const amount = row[2];
    if (date < from || date > to) return false;
    const dateIndex = dayIndex(date);
    const day = recordedDay(row[0], dateIndex, row[5]);
    if (day === null) return false;
    const category = categoryOf[row[3]] as number;
    const account = accountOf[row[4]] as number;
    const { kind, name } = categories[category] as (typeof categories)[number];
    const categoryId = categoryIds[category] as string;
    if (!named.has(category)) named.set(category, { id: categoryId, name });
    const accountId = accounts[account] as string;
    addTo(daily, (dateIndex * nCategories + category) * nAccounts + account, amount, () => ({
      bookId: STATEMENT_BOOK,
      date,
      categoryId,
      accountId,
      kind,
      amount,
      count: 1,
    }));
    moves[account] = addMoney(moves[account] ?? 0, bringsIn[category] ? amount : -amount);
    if (dated[dateIndex] !== 1) {
      dated[dateIndex] = 1;
      facts.dates.push(date);
    }
    facts.recordedDays.push(day);
    facts.lags.push(recordedLag);
    if (row[6]) facts.imported += 1;
  }
  const moved = new Map<number, DailyTransferTotal>();
  for (let i = 0; i < transferRows.length; i++) {
    const row = transferRows[i] as CompactTransferRow;
    const date = row[1];
    const amount = row[2];
    const source = accountOf[row[3]] as number;
    const target = accountOf[row[4]] as number;
    if (date < from || date > to) return false;
    const dateIndex = dayIndex(date);
    if (recordedDay(row[0], dateIndex, row[5]) === null || source === target) return false;
    moves[source] = addMoney(moves[source] ?? 0, -amount);
    moves[target] = addMoney(moves[target] ?? 0, amount);
    const fromAccountId = accounts[source] as string;
    const toAccountId = accounts[target] as string;
    addTo(moved, (dateIndex * nAccounts + source) * nAccounts + target, amount, () => ({
      bookId: STATEMENT_BOOK,
      date,
      fromAccountId,
      toAccountId,
      amount,
      count: 1,
    }));
  }
  const movement = new Map<string, number>();
  accounts.forEach((name, code) => accountOf[code] === code && movement.set(name, moves[code] ?? 0));
  const openings = derivedOpenings(statement, movement);
  if (!Array.isArray(openings)) return false;
  const today = dayInZone(compact.business.timeZone)(new Date(compact.createdAt).toISOString());
  const { figures } = figuresFromTotals(figuresBasis(statement, openings), {
    daily: [...daily.values()],
    transfers: [...moved.values()],
    categories: [...named.values()],
    discipline: disciplineFromFacts(facts, { from, to, today }),
  });
  return diffFigures(statedFigures(statement), figures).length === 0;
}
