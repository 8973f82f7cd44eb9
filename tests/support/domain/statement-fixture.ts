import { parseImportCsv, planImport } from '../../../src/domain/csv';
import {
  buildStatement,
  generateSigningKeyPair,
  signerFromKeyPair,
  type Statement,
  type StatementInput,
  type StatementSigner,
} from '../../../src/domain/statement';
import { expectedFixture, readFixture, type ExpectedStatement } from '../fixture';
import { applyPlan, newBook } from './book';

/** The expected figures of the fixture book's statements. */
export const expectedStatements = (): ExpectedStatement[] => expectedFixture().statements;

let cached: ReturnType<typeof importFixture> | undefined;

/** The fixture book (warung Maria, January–June 2026) as imported into a new book; read once per file. */
export function fixtureBook(): ReturnType<typeof importFixture> {
  cached ??= importFixture();
  return cached;
}

function importFixture() {
  const parsed = parseImportCsv(readFixture('warung-maria-2026h1.csv'));
  if (!parsed.ok) throw new Error('the fixture does not parse');
  const book = newBook();
  const planned = planImport(parsed.rows, book);
  if (!planned.ok) throw new Error('the fixture does not plan');
  return applyPlan(book, planned.plan);
}

/** The business details the fixture statements carry. */
export const FIXTURE_BUSINESS = {
  name: 'Warung Maria',
  owner: 'Maria Goreti',
  memberNumber: 'KSP-0421',
  cooperative: 'Kopdit Pintu Air',
  branch: 'Maumere',
  businessType: 'Kios sembako',
  timeZone: 'Asia/Makassar',
};

/** The statement of the fixture book for a period (made "now" = 2026-07-05 unless told). */
export function fixtureStatement(
  period: { from: string; to: string },
  options: Partial<Omit<StatementInput, 'book' | 'period' | 'categories' | 'accounts' | 'appVersion'>> = {},
): Statement {
  const book = fixtureBook();
  const built = buildStatement({
    book: FIXTURE_BUSINESS,
    period,
    entries: book.entries,
    transfers: book.transfers,
    categories: book.categories,
    accounts: book.accounts,
    appVersion: '0.1.0-test',
    ...options,
    now: options.now ?? new Date('2026-07-05T02:00:00.000Z'),
  });
  if (!built.ok) throw new Error(`the statement does not build: ${JSON.stringify(built.errors)}`);
  return built.value;
}

/** A fresh signer with an extractable key (as the CLI keeps one). */
export async function testSigner(): Promise<StatementSigner> {
  return signerFromKeyPair(await generateSigningKeyPair(true));
}
