import type { StatementSigner } from './keys';
import type { StatementLabels } from './labels';
import { renderStatementPdf } from './pdf';
import { buildQrSummary } from './qr-summary';
import type { Statement, StatementFile } from './schema';
import { signedBytes, signStatement, statementCode, statementJson } from './sign';
import { renderStatementXlsx } from './xlsx';

/** A signed statement in every format the member can send. */
export interface StatementDocuments {
  file: StatementFile;
  json: string;
  pdf: Uint8Array;
  xlsx: Uint8Array;
  fingerprint: string;
  code: string;
  qrText: string;
}

/** Signs a statement and renders it as JSON, PDF (with the JSON embedded) and XLSX. */
export async function makeStatementDocuments(
  statement: Statement,
  signer: StatementSigner,
  options: { labels: StatementLabels; omitNotes?: boolean },
): Promise<StatementDocuments> {
  // Canonicalised once: for a year of a busy shop that is the slowest step.
  const bytes = signedBytes(statement);
  const file = await signStatement(statement, signer, bytes);
  const code = await statementCode(statement, bytes);
  const qrText = await buildQrSummary(statement, code, signer);
  const [pdf, xlsx] = await Promise.all([
    renderStatementPdf(file, { labels: options.labels, qrText, code, omitNotes: options.omitNotes === true }),
    renderStatementXlsx(file, code, options.labels),
  ]);
  return {
    file,
    json: statementJson(file),
    pdf,
    xlsx,
    fingerprint: file.signature.fingerprint,
    code,
    qrText,
  };
}
