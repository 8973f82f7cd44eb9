import { countedDate, type StockCount, type StockCountFields } from '../credit/records';
import { stockCountProblems } from '../credit/validate';
import type { BusinessDate } from '../dates';
import type { Book, Id, Instant } from '../model';
import { fail, ok, type Problem, type Result } from '../result';
import { stockCountDelta } from '../stock/levels';
import type { Planned } from './change';
import { draftOf } from './drafts';
import type { NewRecord } from './entry';
import { sameFields, stockCountFieldsOf } from './fields';
import { editProblems, recordedNow, voidedRecord, voidProblems } from './history';

/** What a stock count is checked against: the book's other counts, and the date of its earliest other record. */
export interface StockBasis {
  /** The book's stock counts (voided ones are passed over): a few a month at most. */
  counts: readonly StockCount[];
  /** The earliest date of any entry, transfer, settlement or opening item of the book; none when empty. */
  firstRecordDate?: BusinessDate | undefined;
}

/** The record a new stock count becomes (note trimmed). */
export const newStockCount = (bookId: Id, fields: StockCountFields, record: NewRecord): StockCount => ({
  ...recordedNow(bookId, record),
  ...stockCountFieldsOf(fields),
});

/**
 * Problems with where a count falls among the book's others: one count stands for each day, a book
 * has one opening stock, dated on or before every other record and every other count.
 */
export function stockPlaceProblems(fields: StockCountFields, basis: StockBasis, selfId?: Id): Problem[] {
  const others = basis.counts.filter((c) => !c.voided && c.id !== selfId);
  const problems: Problem[] = [];
  const day = countedDate(fields);
  if (others.some((c) => countedDate(c) === day))
    problems.push({ code: 'stock.sameDay', params: { date: fields.date } });
  const opening = others.find((c) => c.opening);
  if (fields.opening) {
    if (opening) problems.push({ code: 'stock.openingTwice', params: { date: opening.date } });
    const first = [basis.firstRecordDate, ...others.map((c) => c.date)]
      .filter((d) => d !== undefined)
      .sort()[0];
    if (first !== undefined && first < fields.date)
      problems.push({ code: 'stock.openingNotFirst', params: { date: first } });
  } else if (opening && fields.date < opening.date)
    problems.push({ code: 'stock.beforeOpening', params: { date: opening.date } });
  return problems;
}

/** Recording a stock count (or the opening stock): the count, its revision and its stock level. */
export function addStockCountChange(
  count: StockCount,
  basis: StockBasis & { book: Book | undefined },
): Result<Planned<StockCount>, Problem> {
  if (!basis.book) return fail({ code: 'book.notFound' });
  const problems = [...stockCountProblems(count), ...stockPlaceProblems(count, basis)];
  if (problems.length > 0) return fail(...problems);
  return ok({
    value: count,
    change: {
      bookId: count.bookId,
      addCredit: { stockCounts: [count] },
      drafts: [draftOf({ stockCount: count }, 'create')],
      stock: stockCountDelta(count, 1),
    },
  });
}

/** Correcting a stock count: a revision, and its stock level moved to its new day or value. */
export function editStockCountChange(
  count: StockCount,
  fields: StockCountFields,
  basis: StockBasis,
  at: Instant,
  reason?: string,
): Result<Planned<StockCount>, Problem> {
  const problems = [
    ...editProblems(count, 'stock', reason),
    ...stockCountProblems(fields),
    ...stockPlaceProblems(fields, basis, count.id),
  ];
  if (problems.length > 0) return fail(...problems);
  const changed = stockCountFieldsOf(fields);
  if (sameFields(stockCountFieldsOf(count), changed)) return ok({ change: null, value: count });
  const edited: StockCount = { ...count, ...changed, updatedAt: at };
  return ok({
    value: edited,
    change: {
      bookId: count.bookId,
      putCredit: { stockCounts: [edited] },
      drafts: [draftOf({ stockCount: edited }, 'edit', reason?.trim())],
      stock: [...stockCountDelta(count, -1), ...stockCountDelta(edited, 1)],
    },
  });
}

/** Voiding a stock count: it stays in the history; the latest earlier count stands in its place. */
export function voidStockCountChange(
  count: StockCount,
  at: Instant,
  reason: string,
): Result<Planned<StockCount>, Problem> {
  const problems = voidProblems(count, 'stock', reason);
  if (problems.length > 0) return fail(...problems);
  const voided = voidedRecord(count, at, reason);
  return ok({
    value: voided,
    change: {
      bookId: count.bookId,
      putCredit: { stockCounts: [voided] },
      drafts: [draftOf({ stockCount: voided }, 'void', reason.trim())],
      stock: stockCountDelta(count, -1),
    },
  });
}
