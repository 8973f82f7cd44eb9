import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, statementArgs, useBuiltCli } from '../support/cli';

type Row = Record<string, unknown>;
interface ExpectedPeriod {
  period: { from: string; to: string };
  profitAndLoss: Row;
  cashFlow: Row & { accounts: Record<string, number> };
  months: Row[];
  position: Row;
  receivables: Row;
  payables: Row;
  carried: Row[];
  openingItems: Row[];
  stockCounts: Row[];
  settlements: Row[];
  credit: Row[];
  counts: { entries: number; transfers: number; settlements: number };
  repaymentCapacity: Row;
  discipline: Row;
}

const fixture = join(repoRoot, 'tests/fixtures/sembako-harun-2026q2.csv');
const expected = JSON.parse(
  readFileSync(join(repoRoot, 'tests/fixtures/sembako-harun-2026q2.expected.json'), 'utf8'),
) as { rows: number; periods: ExpectedPeriod[] };
const { dir, lumbung } = useBuiltCli('lumbung-cli-supplier-', 120_000);

const pick = (row: Row, like: object) => Object.fromEntries(Object.keys(like).map((k) => [k, row[k]]));

/** The entries that name a contact, as the hand-worked list shows them. */
const creditOf = (entries: Row[]) =>
  entries
    .filter((e) => e.contact !== undefined)
    .map((e) => {
      const { date, amount, paid, contact, dueDate } = e;
      return { date, amount, paid, contact, ...(dueDate === undefined ? {} : { dueDate }) };
    });

describe('lumbung statement on a shop that buys mostly on credit (Toko Sembako Pak Harun)', () => {
  it('reads every row of the book', () => {
    const checked = lumbung('import-check', fixture);
    expect([checked.code, checked.json.ok, checked.json.rows]).toEqual([0, true, expected.rows]);
  });

  for (const want of expected.periods) {
    const { from, to } = want.period;
    it(`states every hand-worked figure of ${from}..${to}, and verify reads the files as genuine`, () => {
      const made = lumbung(...statementArgs(fixture, want.period, dir, 'Toko Sembako Pak Harun'));
      expect(made.code).toBe(0);
      const file = JSON.parse(readFileSync(String(made.json.json), 'utf8')) as {
        format: string;
        statement: Record<string, Row> & Record<'entries' | 'transfers' | 'settlements', Row[]>;
      };
      expect(file.format).toBe('lumbung.statement/2');
      const s = file.statement;
      expect(s.profitAndLoss).toEqual(want.profitAndLoss);
      const { accounts, ...cash } = want.cashFlow;
      const { accounts: stated, ...statedCash } = s.cashFlow as Row & {
        accounts: { name: string; balance: number }[];
      };
      expect(statedCash).toEqual(cash);
      expect(Object.fromEntries(stated.map((a) => [a.name, a.balance]))).toEqual(accounts);
      expect(s.months).toEqual(want.months);
      for (const key of [
        'position',
        'receivables',
        'payables',
        'carried',
        'openingItems',
        'stockCounts',
      ] as const)
        expect(s[key]).toEqual(want[key]);
      expect(s.settlements.map((row) => pick(row, want.settlements[0] ?? {}))).toEqual(want.settlements);
      expect(creditOf(s.entries)).toEqual(want.credit);
      expect([s.entries.length, s.transfers.length, s.settlements.length]).toEqual([
        want.counts.entries,
        want.counts.transfers,
        want.counts.settlements,
      ]);
      expect(s.repaymentCapacity).toEqual({
        ...want.repaymentCapacity,
        householdCostsSource: 'default',
        existingInstalmentsSource: 'default',
      });
      expect(pick(s.discipline, want.discipline)).toEqual(want.discipline);
      for (const kind of ['json', 'pdf']) {
        const verified = lumbung('verify', String(made.json[kind]));
        expect(verified.json.verdict).toBe('genuine');
        expect(verified.code).toBe(0);
      }
    }, 60_000);
  }
});
