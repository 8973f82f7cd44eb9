import type { BusinessDate } from '../../domain/dates';
import type { Book, Id } from '../../domain/model';
import { fail, ok, type Problem, type Result } from '../../domain/result';
import {
  buildQrSummary,
  buildStatement,
  signedBytes,
  signStatement,
  statementCode,
  statementJson,
  type Statement,
  type StatementFile,
  type StatementSigner,
} from '../../domain/statement';
import { statementLabels } from '../../i18n/statement-labels';
import type { LumbungDb } from '../../storage';
import { deviceKey } from '../../storage/keyring';
import { statementRows, type StatementRows } from '../../storage/statement-rows';

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

/** A signed statement and its files, ready to send. */
export interface StatementFiles {
  statement: Statement;
  file: StatementFile;
  /** The statement code printed beside the QR code. */
  code: string;
  fingerprint: string;
  json: Uint8Array;
  pdf: Uint8Array;
  /** Null when not asked for. */
  xlsx: Uint8Array | null;
  /** File names: `laporan-YYYY-MM-YYYY-MM.pdf` and so on. */
  names: { json: string; pdf: string; xlsx: string };
}

// Set by Vite's `define` in the app; declared here too, as the module also runs in Node (tests, bench).
declare const __APP_VERSION__: string | undefined;

/** The app's version, as the build defines it (a plain Node run has none). */
const appVersion = (): string => (typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0');

/** Builds the statement of a period from rows read by `statementRows`, the history as rollups. */
export function statementFromRows(
  rows: StatementRows,
  choices: StatementChoices,
  now: Date,
): Result<Statement, Problem> {
  return buildStatement({
    book: { ...rows.book, ...choices.identity },
    period: { from: choices.from, to: choices.to },
    entries: rows.entries,
    transfers: rows.transfers,
    before: rows.before,
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
  });
}

/**
 * Signs a statement and renders its JSON, PDF (with the JSON embedded and the signed QR code) and
 * XLSX. The PDF, QR code and spreadsheet libraries are loaded here, the first time a statement is made.
 */
export async function renderStatementFiles(
  statement: Statement,
  signer: StatementSigner,
  options: { omitNotes?: boolean; xlsx?: boolean } = {},
): Promise<StatementFiles> {
  // Canonicalised once: for a year of a busy shop that is the slowest step.
  const bytes = signedBytes(statement);
  const file = await signStatement(statement, signer, bytes);
  const code = await statementCode(statement, bytes);
  const qrText = await buildQrSummary(statement, code, signer);
  // The files are for the cooperative, so they are in Indonesian whatever the member reads.
  const labels = statementLabels('id');
  const [pdf, xlsx] = await Promise.all([
    import('../../domain/statement/pdf').then((m) =>
      m.renderStatementPdf(file, { labels, qrText, code, omitNotes: options.omitNotes === true }),
    ),
    options.xlsx === false
      ? null
      : import('../../domain/statement/xlsx').then((m) => m.renderStatementXlsx(file, code, labels)),
  ]);
  const base = `laporan-${statement.period.from.slice(0, 7)}-${statement.period.to.slice(0, 7)}`;
  return {
    statement,
    file,
    code,
    fingerprint: file.signature.fingerprint,
    json: new TextEncoder().encode(statementJson(file)),
    pdf,
    xlsx,
    names: { json: `${base}.json`, pdf: `${base}.pdf`, xlsx: `${base}.xlsx` },
  };
}

/**
 * Makes a signed statement of a book for whole months: reads the period's entries and the rollups
 * before it, builds, signs (with `signer`, default this device's key) and renders the files.
 * Also the benchmark's entry point: `xlsx: false` leaves the spreadsheet out.
 */
export async function makeStatementFiles(
  db: LumbungDb,
  bookId: Id,
  options: StatementChoices & { signer?: StatementSigner; now?: Date; xlsx?: boolean },
): Promise<Result<StatementFiles, Problem>> {
  const rows = await statementRows(db, bookId, { from: options.from, to: options.to });
  if (!rows) return fail({ code: 'book.notFound' });
  const built = statementFromRows(rows, options, options.now ?? new Date());
  if (!built.ok) return built;
  const signer = options.signer ?? (await deviceKey()).signer;
  return ok(await renderStatementFiles(built.value, signer, options));
}
