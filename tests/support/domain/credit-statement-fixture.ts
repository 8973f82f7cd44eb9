import { bookFromCsv } from '../../../src/cli/csv-book';
import { buildCreditStatement, type CreditStatementInput } from '../../../src/domain/statement/credit-build';
import type { CreditStatement } from '../../../src/domain/statement/credit-schema';
import { readFixture } from '../fixture';

/** When the tenun fixture's statements are made (after February 2026 ended, in WITA). */
export const TENUN_NOW = new Date('2026-03-05T02:00:00.000Z');

/** The tenun Ina fixture (debts, stock counts, opening items) imported as the command line does. */
export function tenunBook() {
  const read = bookFromCsv(readFixture('tenun-ina-2026q1.csv'), TENUN_NOW);
  if (!read.ok) throw new Error(`the tenun fixture does not import: ${JSON.stringify(read.errors)}`);
  return read.book;
}

/** What the `/2` statement of the tenun fixture for a period is built from. */
export function tenunStatementInput(
  period: { from: string; to: string },
  options: Partial<CreditStatementInput> = {},
): CreditStatementInput {
  const book = tenunBook();
  return {
    book: {
      name: 'Tenun Ina',
      owner: 'Ina Bala',
      memberNumber: 'KSP-0777',
      cooperative: 'Kopdit Pintu Air',
      branch: 'Sikka',
      businessType: 'Tenun ikat',
      timeZone: 'Asia/Makassar',
    },
    period,
    ...book,
    now: TENUN_NOW,
    appVersion: '0.1.0-test',
    ...options,
  };
}

/** The `/2` statement of the tenun fixture for a period. */
export function tenunStatement(
  period: { from: string; to: string },
  options: Partial<CreditStatementInput> = {},
): CreditStatement {
  const built = buildCreditStatement(tenunStatementInput(period, options));
  if (!built.ok) throw new Error(`the tenun statement is refused: ${JSON.stringify(built.errors)}`);
  return built.value;
}
