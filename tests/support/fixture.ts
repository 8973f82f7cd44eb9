import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path, not a URL: under jsdom the global URL is not the one Node's file functions take.
const FIXTURES = import.meta.url.startsWith('file:')
  ? join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
  : join(process.cwd(), 'tests', 'fixtures');

/** Reads a file of tests/fixtures as text. */
export const readFixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

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
