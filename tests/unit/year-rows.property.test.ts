import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_KINDS } from '../../src/domain/kinds';
import type { MonthlyTotal, MonthlyTransferTotal } from '../../src/domain/reports/month-rollups';
import { yearCells, type YearCells } from '../../src/domain/reports/year-cells';
import {
  addYearTotals,
  EVERY_MONTH,
  mergeYearTotals,
  packYears,
  unpackMonths,
  yearTotalsKey,
} from '../../src/domain/reports/year-rollups';

const months = ['2026-01', '2026-02', '2026-07', '2026-12'];
const ids = ['cat-a', 'cat-b', 'acc-1', 'acc-2', 'acc-3'];

const monthly = fc.record({
  bookId: fc.constant('book'),
  month: fc.constantFrom(...months),
  categoryId: fc.constantFrom(...ids.slice(0, 2)),
  accountId: fc.constantFrom(...ids.slice(2)),
  kind: fc.constantFrom(...CATEGORY_KINDS),
  amount: fc.integer({ min: -5_000_000, max: 5_000_000 }),
  count: fc.integer({ min: -2, max: 3 }),
}) satisfies fc.Arbitrary<MonthlyTotal>;

const transfer = fc.record({
  bookId: fc.constant('book'),
  month: fc.constantFrom(...months),
  fromAccountId: fc.constantFrom(...ids.slice(2)),
  toAccountId: fc.constantFrom(...ids.slice(2)),
  amount: fc.integer({ min: 0, max: 5_000_000 }),
  count: fc.integer({ min: -2, max: 3 }),
}) satisfies fc.Arbitrary<MonthlyTransferTotal>;

/** Cells with distinct keys and positive counts: what a stored row holds. */
const storedCells = fc.record({
  months: fc.uniqueArray(
    monthly.map((m) => ({ ...m, count: Math.abs(m.count) + 1 })),
    {
      selector: (m) => `${m.month}|${m.categoryId}|${m.accountId}`,
      maxLength: 30,
    },
  ),
  transfers: fc.uniqueArray(
    transfer.map((t) => ({ ...t, count: Math.abs(t.count) + 1 })),
    {
      selector: (t) => `${t.month}|${t.fromAccountId}|${t.toAccountId}`,
      maxLength: 10,
    },
  ),
});

/**
 * The cells of a stored row with deltas added, as the year rows did it while their cells were lists
 * of objects: touched cells summed (the stored cell keeps its kind), the rest as they were, new ones
 * last in the order they first appear, and a cell left counting no record dropped.
 */
function listSum<T extends { amount: number; count: number }>(
  cells: T[],
  deltas: T[],
  key: (t: T) => string,
): T[] {
  const pending = new Map<string, T>();
  for (const d of deltas) {
    const had = pending.get(key(d));
    pending.set(key(d), had ? { ...had, amount: had.amount + d.amount, count: had.count + d.count } : d);
  }
  const out: T[] = [];
  for (const cell of cells) {
    const delta = pending.get(key(cell));
    pending.delete(key(cell));
    const next = delta
      ? { ...cell, amount: cell.amount + delta.amount, count: cell.count + delta.count }
      : cell;
    if (next.count > 0) out.push(next);
  }
  for (const cell of pending.values()) if (cell.count > 0) out.push(cell);
  return out;
}

const withoutBook = <T extends { bookId: string }>({ bookId: _, ...rest }: T) => rest;
const monthKey = (c: { month: string; categoryId: string; accountId: string }) =>
  `${c.month}|${c.categoryId}|${c.accountId}`;
const transferKey = (c: { month: string; fromAccountId: string; toAccountId: string }) =>
  `${c.month}|${c.fromAccountId}|${c.toAccountId}`;

describe('packed year rows', () => {
  it('give back the very cells they were packed from, in their order', () => {
    fc.assert(
      fc.property(storedCells, (cells) => {
        const [row] = packYears(cells.months, cells.transfers);
        if (!row) {
          expect(cells.months.length + cells.transfers.length).toBe(0);
          return;
        }
        const back: YearCells = yearCells(row);
        expect(back.months).toEqual(cells.months.map(withoutBook));
        expect(back.transfers).toEqual(cells.transfers.map(withoutBook));
        expect(unpackMonths([row], EVERY_MONTH)).toEqual({
          monthly: cells.months,
          transfers: cells.transfers,
        });
        expect(new Set(row.names).size).toBe(row.names.length);
      }),
    );
  });

  it('take merged deltas to the same cells as the lists of objects did, naming only what they hold', () => {
    fc.assert(
      fc.property(
        storedCells,
        fc.array(
          fc.record({
            months: fc.array(monthly, { maxLength: 3 }),
            transfers: fc.array(transfer, { maxLength: 2 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (stored, deltas) => {
          const row = packYears(stored.months, stored.transfers)[0] ?? null;
          const parts = deltas.flatMap((d) => packYears(d.months, d.transfers));
          const [delta] = mergeYearTotals(parts, yearTotalsKey);
          if (!delta) return;
          const count = (row?.count ?? 0) + delta.count;
          const next = addYearTotals(row, delta, count);
          const cells = yearCells(next);
          const allMonths = deltas.flatMap((d) => d.months).map(withoutBook);
          const allTransfers = deltas.flatMap((d) => d.transfers).map(withoutBook);
          expect(cells.months).toEqual(listSum(stored.months.map(withoutBook), allMonths, monthKey));
          expect(cells.transfers).toEqual(
            listSum(stored.transfers.map(withoutBook), allTransfers, transferKey),
          );
          expect(next.count).toBe(count);
          const named = new Set([
            ...cells.months.flatMap((c) => [c.month, c.categoryId, c.accountId, c.kind]),
            ...cells.transfers.flatMap((c) => [c.month, c.fromAccountId, c.toAccountId]),
          ]);
          expect(new Set(next.names)).toEqual(named);
        },
      ),
    );
  });

  it('leave the stored row they add to as it was', () => {
    const [row] = packYears(
      [
        {
          bookId: 'book',
          month: '2026-03',
          categoryId: 'c',
          accountId: 'a',
          kind: 'pendapatan',
          amount: 9_000,
          count: 2,
        },
      ],
      [],
    );
    const [delta] = packYears(
      [
        {
          bookId: 'book',
          month: '2026-03',
          categoryId: 'c',
          accountId: 'a',
          kind: 'pendapatan',
          amount: 1_000,
          count: 1,
        },
      ],
      [],
    );
    if (!row || !delta) throw new Error('packYears gave no row');
    const next = addYearTotals(row, delta, 3);
    expect(yearCells(next).months).toEqual([
      { month: '2026-03', categoryId: 'c', accountId: 'a', kind: 'pendapatan', amount: 10_000, count: 3 },
    ]);
    expect(yearCells(row).months[0]).toMatchObject({ amount: 9_000, count: 2 });
  });
});
