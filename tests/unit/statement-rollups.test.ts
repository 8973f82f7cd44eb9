import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { KIND_RULES, type CategoryKind } from '../../src/domain/kinds';
import { rollUp } from '../../src/domain/daily-rollups';
import type { Account, Category, Entry, Transfer } from '../../src/domain/model';
import { buildStatement, type StatementInput } from '../../src/domain/statement';
import { expectedStatements, fixtureBook, FIXTURE_BUSINESS } from '../support/domain/statement-fixture';

const NOW = new Date('2026-07-05T02:00:00.000Z');
const ID = '4d1e0c4b-5b0e-4a53-8f1a-2a9f1c0e6b77';

/** The statement built twice: from the whole book, and from the period's rows plus rollups of the rest. */
function bothWays(input: StatementInput) {
  const { from, to } = input.period;
  const kinds = new Map(input.categories.map((c) => [c.id, c.kind]));
  // Storage keeps rollups of non-voided rows; pass every one of them, later ones included (ignored).
  const rolled = rollUp(input.entries, input.transfers, (id) => kinds.get(id) ?? 'modal');
  const inPeriod = <T extends { date: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.date >= from && r.date <= to);
  const whole = buildStatement(input);
  const rolledUp = buildStatement({
    ...input,
    entries: inPeriod(input.entries),
    transfers: inPeriod(input.transfers),
    before: { totals: rolled.daily, transfers: rolled.transfers },
  });
  return { whole, rolledUp };
}

describe('a statement made from the period’s rows plus rollups of the history before it', () => {
  for (const { period } of expectedStatements())
    it(`is the statement made from the whole fixture book (${period.from}..${period.to})`, () => {
      const book = fixtureBook();
      const { whole, rolledUp } = bothWays({
        book: FIXTURE_BUSINESS,
        period,
        entries: book.entries,
        transfers: book.transfers,
        categories: book.categories,
        accounts: book.accounts,
        now: NOW,
        appVersion: 'test',
        id: ID,
      });
      expect(whole.ok).toBe(true);
      expect(rolledUp).toEqual(whole);
    });

  it('is the same for any book, voided rows and edits included', () => {
    const kinds = Object.keys(KIND_RULES) as CategoryKind[];
    const at = '2026-01-01T00:00:00.000Z';
    const categories: Category[] = kinds.map((kind, i) => ({
      id: `c${i}`,
      bookId: 'b',
      name: `K${i}`,
      kind,
      hidden: false,
      createdAt: at,
    }));
    const accounts: Account[] = ['Kas', 'BRI'].map((name, i) => ({
      id: `a${i}`,
      bookId: 'b',
      name,
      type: 'cash',
      hidden: false,
      createdAt: at,
    }));
    const row = fc.record({
      day: fc.integer({ min: 0, max: 180 }),
      lag: fc.integer({ min: 0, max: 20 }),
      kind: fc.integer({ min: 0, max: kinds.length - 1 }),
      account: fc.integer({ min: 0, max: 1 }),
      amount: fc.integer({ min: 1, max: 9_000_000 }),
      voided: fc.boolean(),
      edited: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 50 }), fc.array(row, { maxLength: 8 }), (raw, rawMoves) => {
        const date = (d: number) => addDays('2026-01-01', d);
        const instant = (d: number) => `${date(d)}T02:00:00.000Z`;
        const entries: Entry[] = raw.map((e, i) => {
          const category = categories[e.kind] as Category;
          return {
            id: `e${i}`,
            bookId: 'b',
            date: date(e.day),
            direction: KIND_RULES[category.kind].direction,
            amount: e.amount,
            categoryId: category.id,
            accountId: `a${e.account}`,
            note: '',
            counterparty: '',
            recordedAt: instant(e.day + e.lag),
            updatedAt: instant(e.day + e.lag + (e.edited ? 3 : 0)),
            source: 'app',
            voided: e.voided,
          };
        });
        const transfers: Transfer[] = rawMoves.map((t, i) => ({
          id: `t${i}`,
          bookId: 'b',
          date: date(t.day),
          amount: t.amount,
          fromAccountId: `a${t.account}`,
          toAccountId: `a${1 - t.account}`,
          note: '',
          recordedAt: instant(t.day),
          updatedAt: instant(t.day),
          source: 'app',
          voided: t.voided,
        }));
        const { whole, rolledUp } = bothWays({
          book: { ...FIXTURE_BUSINESS, timeZone: 'Asia/Jakarta' },
          period: { from: '2026-03-01', to: '2026-05-31' },
          entries,
          transfers,
          categories,
          accounts,
          now: NOW,
          appVersion: 'test',
          id: ID,
          householdCosts: 100_000,
        });
        expect(rolledUp).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });
});
