import type { StatementSigner } from './keys';
import { renderStatementPdf } from './pdf';
import { buildQrSummary } from './qr-summary';
import type { Statement, StatementFile } from './schema';
import { signStatement, statementCode, statementJson } from './sign';
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
  options: { omitNotes?: boolean } = {},
): Promise<StatementDocuments> {
  const file = await signStatement(statement, signer);
  const code = await statementCode(statement);
  const qrText = await buildQrSummary(statement, code, signer);
  const [pdf, xlsx] = await Promise.all([
    renderStatementPdf(file, { qrText, omitNotes: options.omitNotes === true }),
    renderStatementXlsx(file, code),
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
