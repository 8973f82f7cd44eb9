import type { BusinessDate } from '../../domain/dates';
import type { Book, Id } from '../../domain/model';
import { fail, ok, type Problem, type Result } from '../../domain/result';
import { type Statement, type StatementInput, type StatementSigner } from '../../domain/statement';
import { makeStatement, type StatementDocuments } from '../../domain/statement/documents';
import { buildAnyStatement, type CreditStatementInput } from '../../domain/statement/credit-build';
import { loadStatementLabels } from '../../i18n/statement-labels';
import type { LumbungDb } from '../../storage';
import { deviceKey, statementRows, type StatementRows } from '../../storage/lazy';

/** The member's details a statement names (the rest come from the book). */
export type StatementIdentity = Pick<Book, 'owner' | 'memberNumber' | 'cooperative' | 'branch'>;

/** What the member chooses for a statement: whole months, identity, H, I, r, and notes or not. */
export interface StatementChoices {
  /** First day of the first month. */
  from: BusinessDate;
  /** Last day of the last month. */
  to: BusinessDate;
  /** Details that differ from the book's (default: the book's). */
  identity?: Partial<StatementIdentity>;
  /** Household costs per month the member states; undefined: the average monthly prive. */
  householdCosts?: number | undefined;
  /** Existing instalments per month the member states; undefined: the average angsuran pokok. */
  existingInstalments?: number | undefined;
  /** The cooperative's ratio r (default 0.6). */
  ratio?: number;
  omitNotes?: boolean;
}

// Set by Vite's `define` in the app; declared here too, as the module also runs in Node (tests, bench).
declare const __APP_VERSION__: string | undefined;

/** The app's version, as the build defines it (a plain Node run has none). */
const appVersion = (): string => (typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0');

/** What a statement is built from: rows read by `statementRows` (the history as rollups) and the choices. */
export function statementInput(
  rows: StatementRows,
  choices: StatementChoices,
  now: Date,
): CreditStatementInput {
  const { contacts, settlements, stockCounts, openingItems } = rows.credit;
  return {
    settlements,
    stockCounts,
    openingItems,
    contacts,
    book: { ...rows.book, ...choices.identity },
    period: { from: choices.from, to: choices.to },
    entries: rows.entries,
    transfers: rows.transfers,
    before: rows.before,
    history: rows.history,
    categories: rows.categories,
    accounts: rows.accounts,
    now,
    appVersion: appVersion(),
    omitNotes: choices.omitNotes === true,
    ...(choices.ratio === undefined ? {} : { ratio: choices.ratio }),
    ...(choices.householdCosts === undefined ? {} : { householdCosts: choices.householdCosts }),
    ...(choices.existingInstalments === undefined
      ? {}
      : { existingInstalments: choices.existingInstalments }),
  };
}

/** The statement the choices make from the rows, unsigned: what the screen previews. */
export const statementFromRows = (
  rows: StatementRows,
  choices: StatementChoices,
  now: Date,
): Result<Statement, Problem> => buildAnyStatement(statementInput(rows, choices, now));

/** Reads what a book's statement is built from: the period's rows and the rollups before it. */
export async function readStatementInput(
  db: LumbungDb,
  bookId: Id,
  choices: StatementChoices,
  now: Date,
): Promise<Result<StatementInput, Problem>> {
  const rows = await statementRows(db, bookId, { from: choices.from, to: choices.to });
  return rows ? ok(statementInput(rows, choices, now)) : fail({ code: 'book.notFound' });
}

/**
 * Makes a signed statement of a book for whole months: reads its input, then hands it to the
 * domain's `makeStatement` (build, sign, render), signed with `signer` (default this device's key).
 * `xlsx: false` leaves the spreadsheet out.
 */
export async function makeStatementFiles(
  db: LumbungDb,
  bookId: Id,
  options: StatementChoices & { signer?: StatementSigner; now?: Date; xlsx?: boolean },
): Promise<Result<StatementDocuments, Problem>> {
  const input = await readStatementInput(db, bookId, options, options.now ?? new Date());
  if (!input.ok) return input;
  const signer = options.signer ?? (await deviceKey()).signer;
  // The files are for the cooperative, so they are in Indonesian whatever language the member reads.
  return makeStatement(input.value, signer, {
    labels: await loadStatementLabels('id'),
    ...(options.xlsx === undefined ? {} : { xlsx: options.xlsx }),
  });
}
