import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, firstDayOf, lastDayOf } from '../../src/domain/dates';
import { KIND_RULES } from '../../src/domain/kinds';
import { rollUp } from '../../src/domain/daily-rollups';
import type { Category, Entry, Transfer } from '../../src/domain/model';
import { buildDiscipline, buildReport } from '../../src/domain/reports';
import { buildStatement, checkFigures } from '../../src/domain/statement';
import {
  drawnAccounts as accounts,
  drawnCategories as categories,
  entryFields,
  transferFields,
} from '../support/domain/statement-draws';

/** Days from 2026-01-01 to 2026-04-30 and a lag of up to 40 days between a date and its recording. */
const entryArb = fc.record({
  ...entryFields(119),
  lag: fc.integer({ min: 0, max: 40 }),
  voided: fc.boolean(),
  edited: fc.boolean(),
});
const transferArb = fc.record({ ...transferFields(119), voided: fc.boolean() });

const dateOf = (n: number) => addDays('2026-01-01', n);
const instantOf = (n: number) => `${dateOf(n)}T03:00:00.000Z`;

describe('a statement agrees with the reports screen and with its own verification', () => {
  it('for any book and any whole-month period', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 60 }),
        fc.array(transferArb, { maxLength: 10 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (rawEntries, rawTransfers, a, b) => {
          const entries: Entry[] = rawEntries.map((e, i) => {
            const category = categories[e.category] as Category;
            return {
              id: `e${i}`,
              bookId: 'b',
              date: dateOf(e.day),
              direction: KIND_RULES[category.kind].direction,
              amount: e.amount,
              categoryId: category.id,
              accountId: `a${e.account}`,
              note: `catatan ${i}`,
              counterparty: '',
              recordedAt: instantOf(e.day + e.lag),
              updatedAt: instantOf(e.day + e.lag + (e.edited ? 2 : 0)),
              source: e.imported ? 'import' : 'app',
              voided: e.voided,
            };
          });
          const transfers: Transfer[] = rawTransfers.map((t, i) => ({
            id: `t${i}`,
            bookId: 'b',
            date: dateOf(t.day),
            amount: t.amount,
            fromAccountId: `a${t.from}`,
            toAccountId: `a${(t.from + t.step) % 3}`,
            note: '',
            recordedAt: instantOf(t.day),
            updatedAt: instantOf(t.day),
            source: 'app',
            voided: t.voided,
          }));
          const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
          const from = firstDayOf(months[Math.min(a, b)] ?? '2026-01');
          const to = lastDayOf(months[Math.max(a, b)] ?? '2026-04');
          // After every recording: a statement is made after its rows were recorded.
          const now = new Date('2026-06-15T01:00:00.000Z');
          const built = buildStatement({
            book: {
              name: 'Toko',
              owner: '',
              memberNumber: '',
              cooperative: '',
              branch: '',
              businessType: '',
              timeZone: 'Asia/Jayapura',
            },
            period: { from, to },
            entries,
            transfers,
            categories,
            accounts,
            now,
            appVersion: 'test',
          });
          if (!built.ok) throw new Error(JSON.stringify(built.errors));
          const statement = built.value;
          expect(checkFigures(statement)).toEqual([]);

          const rolled = rollUp(
            entries,
            transfers,
            (id) => categories.find((c) => c.id === id)?.kind ?? 'modal',
          );
          const report = buildReport({
            from,
            to,
            totals: rolled.daily,
            transfers: rolled.transfers,
            categories,
            accounts,
          });
          const { byCategory, ...figures } = report.profitAndLoss;
          expect(statement.profitAndLoss).toEqual({
            ...figures,
            byCategory: byCategory.map(({ kind, category, amount }) => ({ kind, category, amount })),
          });
          expect(statement.cashFlow).toEqual({
            ...report.cashFlow,
            accounts: report.cashFlow.accounts.map(({ name, balance }) => ({ name, balance })),
          });
          expect(statement.months.map((m) => m.closingBalance)).toEqual(
            report.months.map((m) => m.closingBalance),
          );
          const discipline = buildDiscipline({ entries, from, to, timeZone: 'Asia/Jayapura', now });
          expect(statement.discipline).toEqual({ ...discipline, warnings: discipline.warnings });
          expect(statement.entries).toHaveLength(report.counts.entries);
          expect(statement.transfers).toHaveLength(report.counts.transfers);
        },
      ),
      { numRuns: 60 },
    );
  });
});
