import type { Problem, Result } from '../result';
import { fileNameSlug } from '../text';
import type { StatementInput } from './build';
import { buildAnyStatement, type CreditStatementInput } from './credit-build';
import type { StatementSigner } from './keys';
import type { StatementLabels } from './labels';
import { statementQrText } from './qr-summary';
import type { Statement, StatementFile } from './schema';
import { signedBytes, signStatement, statementCode, statementJson } from './sign';

/** A statement signed, with its code and the text of its JSON file: what the PDF is made from. */
export interface SignedStatement {
  statement: Statement;
  file: StatementFile;
  /** The statement code printed beside the QR code. */
  code: string;
  fingerprint: string;
  /** The JSON file's text. */
  json: string;
}

/** A signed statement in every format the member can send. */
export interface StatementDocuments extends SignedStatement {
  /** The signed QR summary the PDF prints. */
  qrText: string;
  /** The PDF, with the JSON embedded. */
  pdf: Uint8Array;
  /** The workbook; null when not asked for. */
  xlsx: Uint8Array | null;
  /** File names: `laporan-<business>-YYYY-MM-YYYY-MM.pdf` and so on. */
  names: { json: string; pdf: string; xlsx: string };
}

/** How the files are written: their words, and whether the workbook goes in. */
export interface DocumentOptions {
  labels: StatementLabels;
  /** False leaves the workbook out (default true). */
  xlsx?: boolean;
}

/** The files' names: the business and its months, `laporan-warung-maria-2026-01-2026-06.*` (one month: `…-2026-06.*`). */
function fileNames(statement: Statement): StatementDocuments['names'] {
  const [from, to] = [statement.period.from.slice(0, 7), statement.period.to.slice(0, 7)];
  const base = `laporan-${fileNameSlug(statement.business.name, 'usaha')}-${from === to ? from : `${from}-${to}`}`;
  return { json: `${base}.json`, pdf: `${base}.pdf`, xlsx: `${base}.xlsx` };
}

/** Signs a statement: the signature, the statement code and the JSON file's text. */
export async function signStatementDocument(
  statement: Statement,
  signer: StatementSigner,
): Promise<SignedStatement> {
  // Canonicalised once: for a year of a busy shop that is the slowest step.
  const bytes = signedBytes(statement);
  const code = await statementCode(statement, bytes);
  const file = await signStatement(statement, signer, bytes, code);
  return { statement, file, code, fingerprint: file.signature.fingerprint, json: statementJson(file) };
}

/**
 * Renders a signed statement's PDF (the signed QR summary printed, the JSON embedded) and workbook.
 * The PDF, QR code and spreadsheet libraries are loaded here, so a page loads them only when a
 * statement is made.
 */
export async function renderStatementDocuments(
  signed: SignedStatement,
  options: DocumentOptions,
): Promise<StatementDocuments> {
  const { file, code } = signed;
  const qrText = await statementQrText(file, code);
  if (qrText === null) throw new TypeError('a statement is signed with its QR summary before it is drawn');
  const [pdf, xlsx] = await Promise.all([
    import('./pdf').then((m) => m.renderStatementPdf(file, { labels: options.labels, code })),
    options.xlsx === false
      ? null
      : import('./xlsx').then((m) => m.renderStatementXlsx(file, code, options.labels)),
  ]);
  return { ...signed, qrText, pdf, xlsx, names: fileNames(signed.statement) };
}

/** Signs a built statement and renders it as JSON, PDF and (unless left out) XLSX. */
export async function makeStatementDocuments(
  statement: Statement,
  signer: StatementSigner,
  options: DocumentOptions,
): Promise<StatementDocuments> {
  return renderStatementDocuments(await signStatementDocument(statement, signer), options);
}

/** The first half of `makeStatement`: the figures from the rows, then the signed JSON. */
export async function signStatementInput(
  input: StatementInput | CreditStatementInput,
  signer: StatementSigner,
): Promise<Result<SignedStatement, Problem>> {
  const built = buildAnyStatement(input);
  if (!built.ok) return built;
  return { ok: true, value: await signStatementDocument(built.value, signer) };
}

/**
 * The one way a statement's files are made, by the app and the command line alike: the figures from
 * the rows, then the signed JSON, then the PDF and the workbook. The statement says whether the
 * notes were left out, and the PDF prints it.
 */
export async function makeStatement(
  input: StatementInput | CreditStatementInput,
  signer: StatementSigner,
  options: DocumentOptions,
): Promise<Result<StatementDocuments, Problem>> {
  const signed = await signStatementInput(input, signer);
  if (!signed.ok) return signed;
  return { ok: true, value: await renderStatementDocuments(signed.value, options) };
}
