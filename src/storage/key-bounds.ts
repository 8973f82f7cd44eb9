import { Dexie, type IndexableType } from 'dexie';

/** An index and the inclusive bounds of a range on it: what both of storage's read paths take. */
export interface KeyBounds {
  /** ':id' for the primary key. */
  index: string;
  lower: IndexableType[] | IndexableType;
  upper: IndexableType[] | IndexableType;
}

/**
 * Rows whose compound primary key starts within [from, to], prefixes included: `[book]` to `[book]`
 * is all of a book's rows, `[book, '2026-01']` to `[book, '2026-03']` its rows of those months.
 */
export const prefixBounds = (from: IndexableType[], to: IndexableType[]): KeyBounds => ({
  index: ':id',
  // A prefix sorts before every longer key it starts; an array sorts after any string or number.
  lower: from,
  upper: [...to, Dexie.maxKey],
});

/** A book's rows dated in [from, to] on a table's [bookId+date] index; open ends read to the book's edge. */
export const datedBounds = (bookId: IndexableType, from?: string, to?: string): KeyBounds => ({
  index: '[bookId+date]',
  lower: [bookId, from ?? Dexie.minKey],
  upper: [bookId, to ?? Dexie.maxKey],
});
