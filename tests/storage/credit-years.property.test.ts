import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditTotals } from '../../src/domain/credit/balances';
import { creditYearMonths } from '../../src/domain/credit/years';
import { addDays } from '../../src/domain/dates';
import { checkCreditRollups, creditOverview, positionAt } from '../../src/storage';
import { creditUpTo } from '../../src/storage/credit-rows';
import { freshDb } from '../support/storage/db';
import { run, shop, step } from '../support/storage/credit-steps';

const EVERY_MONTH = { from: '0000-01', to: '9999-12' };
const FIRST_DAY = '2025-12-10';

/** The monthly credit rollups of a book summed over its contacts, as `month|side|account` → amounts. */
function summedOverContacts(
  rows: readonly {
    month: string;
    side: string;
    accountId: string;
    credit: number;
    opening: number;
    settled: number;
    count: number;
  }[],
) {
  const sums = new Map<string, { credit: number; opening: number; settled: number; count: number }>();
  for (const r of rows) {
    const key = `${r.month}|${r.side}|${r.accountId}`;
    const had = sums.get(key) ?? { credit: 0, opening: 0, settled: 0, count: 0 };
    sums.set(key, {
      credit: had.credit + r.credit,
      opening: had.opening + r.opening,
      settled: had.settled + r.settled,
      count: had.count + r.count,
    });
  }
  return sums;
}

describe('a book’s credit years, kept by every write', () => {
  it('equal the per-contact months summed, and the position and the home owe what the contacts owe, through random sales, settlements, edits and voids over a new year', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const db = freshDb();
        const { t, customer, supplier } = await shop(db);
        const made: string[][] = [[], []];
        const ids = { customer: customer.id, supplier: supplier.id };
        for (const s of steps) await run(db, t, ids, s, made, FIRST_DAY);
        expect(await checkCreditRollups(db, t.book.id)).toEqual([]);

        const [years, months] = await Promise.all([
          db.creditYears.where('[bookId+year]').between([t.book.id], [t.book.id, []]).toArray(),
          db.contactMonthlyTotals.toArray(),
        ]);
        const cells = creditYearMonths(years, EVERY_MONTH).map((c) => [
          `${c.date.slice(0, 7)}|${c.side}|${c.accountId}`,
          { credit: c.credit, opening: c.opening, settled: c.settled, count: c.count },
        ]);
        const summed = [...summedOverContacts(months)].filter(([, v]) => v.count > 0);
        expect(new Map(cells as [string, unknown][])).toEqual(new Map(summed));

        for (const n of [0, 21, 22, 35, 50]) {
          const date = addDays(FIRST_DAY, n);
          const owed = creditTotals(await creditUpTo(db, t.book.id, date), date);
          const position = await positionAt(db, t.book.id, date);
          expect([position.receivables, position.payables]).toEqual([owed.receivables, owed.payables]);
          // The home reads the kept open credit only when nothing is dated after the day.
          const home = await creditOverview(db, t.book.id, date);
          expect([home.receivable.total, home.payable.total]).toEqual([owed.receivables, owed.payables]);
          expect([home.receivable.contacts, home.payable.contacts]).toEqual([owed.debtors, owed.creditors]);
        }
        db.close();
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
