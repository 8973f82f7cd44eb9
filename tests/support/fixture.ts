import { readFileSync } from 'node:fs';

/** Reads a file of tests/fixtures as text. */
export const readFixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** The figures one of the fixture's statements must show (tests/fixtures/warung-maria-2026h1.expected.json). */
export interface ExpectedStatement {
  period: { from: string; to: string };
  profitAndLoss: Record<string, number>;
  cashFlow: Record<string, number> & { accounts: Record<string, number> };
  months: Record<string, number | string>[];
  byKind: Record<string, number>;
  repaymentCapacity: {
    averageNetProfit: number;
    householdCosts: number;
    existingInstalments: number;
    ratio: number;
    rpc: number;
  };
  entries: number;
  transfers: number;
}

/** The fixture book's expected figures: its row count and both statements. */
export const expectedFixture = (): { rows: number; statements: ExpectedStatement[] } =>
  JSON.parse(readFixture('warung-maria-2026h1.expected.json')) as {
    rows: number;
    statements: ExpectedStatement[];
  };
