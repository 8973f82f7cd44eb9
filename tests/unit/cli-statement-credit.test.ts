import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, statementArgs, useBuiltCli } from '../support/cli';

const fixture = join(repoRoot, 'tests/fixtures/tenun-ina-2026q1.csv');
const expected = JSON.parse(
  readFileSync(join(repoRoot, 'tests/fixtures/tenun-ina-2026q1.expected.json'), 'utf8'),
) as {
  periods: (Record<string, unknown> & {
    period: { from: string; to: string };
    profitAndLoss: Record<string, number>;
    inventory: Record<string, number>;
    cashFlow: Record<string, unknown> & { accounts: Record<string, number> };
    months: Record<string, unknown>[];
  })[];
};
const { dir, lumbung } = useBuiltCli('lumbung-cli2-', 120_000);

const pick = (row: Record<string, unknown>, like: object) =>
  Object.fromEntries(Object.keys(like).map((k) => [k, row[k]]));

describe('lumbung statement on a book with debts and stock (tenun Ina)', () => {
  for (const want of expected.periods) {
    const { from, to } = want.period;
    it(`writes a /2 statement with the hand-worked figures of ${from}..${to}, which verify reads as genuine`, () => {
      const made = lumbung(...statementArgs(fixture, want.period, dir, 'Tenun Ina'));
      expect(made.code).toBe(0);
      expect(made.json.format).toBe('lumbung.statement/2');
      const file = JSON.parse(readFileSync(String(made.json.json), 'utf8')) as {
        format: string;
        statement: Record<string, Record<string, unknown>> & { months: Record<string, unknown>[] };
      };
      const s = file.statement;
      expect(file.format).toBe('lumbung.statement/2');
      expect(pick(s.profitAndLoss, want.profitAndLoss)).toEqual(want.profitAndLoss);
      expect(pick(s.profitAndLoss, want.inventory)).toEqual(want.inventory);
      const { accounts, ...cash } = want.cashFlow;
      expect(pick(s.cashFlow, cash)).toEqual(cash);
      const stated = s.cashFlow.accounts as { name: string; balance: number }[];
      expect(Object.fromEntries(stated.map((a) => [a.name, a.balance]))).toEqual(accounts);
      expect(s.months.map((m, i) => pick(m, want.months[i] ?? {}))).toEqual(want.months);
      for (const key of ['position', 'receivables', 'payables', 'carried']) expect(s[key]).toEqual(want[key]);
      for (const kind of ['json', 'pdf']) {
        const verified = lumbung('verify', String(made.json[kind]));
        expect(verified.json.verdict).toBe('genuine');
        expect(verified.code).toBe(0);
      }
    }, 60_000);
  }
});
