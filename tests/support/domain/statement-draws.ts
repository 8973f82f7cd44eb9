import fc from 'fast-check';
import { KIND_RULES, type CategoryKind } from '../../../src/domain/kinds';
import type { Account, Category } from '../../../src/domain/model';

// What the statement property tests draw books from: one category of each kind, three accounts,
// and the fields every drawn entry and transfer has; each test adds what it varies besides.

const KINDS = Object.keys(KIND_RULES) as CategoryKind[];
const AT = '2025-01-01T00:00:00.000Z';

/** One category of each kind of book `b` (`c0`, `c1`, …). */
export const drawnCategories: Category[] = KINDS.map((kind, i) => ({
  id: `c${i}`,
  bookId: 'b',
  name: `Kategori ${i}`,
  kind,
  hidden: false,
  createdAt: AT,
}));

/** The accounts of book `b`: Kas, BRI and QRIS (`a0`, `a1`, `a2`). */
export const drawnAccounts: Account[] = ['Kas', 'BRI', 'QRIS'].map((name, i) => ({
  id: `a${i}`,
  bookId: 'b',
  name,
  type: 'cash',
  hidden: false,
  createdAt: AT,
}));

/** An entry's drawn fields: its day (0 to `lastDay` into the period), category, account, amount, and whether imported. */
export const entryFields = (lastDay: number) => ({
  day: fc.integer({ min: 0, max: lastDay }),
  category: fc.integer({ min: 0, max: drawnCategories.length - 1 }),
  account: fc.integer({ min: 0, max: drawnAccounts.length - 1 }),
  amount: fc.integer({ min: 1, max: 50_000_000 }),
  imported: fc.boolean(),
});

/** A transfer's drawn fields: its day, the account it leaves (`from`), how many accounts on it goes (`step`), and its amount. */
export const transferFields = (lastDay: number) => ({
  day: fc.integer({ min: 0, max: lastDay }),
  from: fc.integer({ min: 0, max: drawnAccounts.length - 1 }),
  step: fc.integer({ min: 1, max: drawnAccounts.length - 1 }),
  amount: fc.integer({ min: 1, max: 5_000_000 }),
});
