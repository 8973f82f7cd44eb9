import type { Problem } from '../result';
import type { StatementLabels } from './labels';
import { drawStatementPdf, saveStatementPdf } from './pdf';
import { sameBytes, takeFileStreams } from './pdf-file-streams';
import { statementQrText, verifyQrSummary } from './qr-summary';
import type { PdfRead } from './read';
import { PDF_LAYOUT, STATEMENT_FORMAT, signatureSchema, type Statement, type StatementFile } from './schema';

/** What a PDF's pages say of it: unbound or of an unknown drawing (unreadable), changed (altered), or nothing. */
export interface PagesCheck {
  unreadable: boolean;
  problems: Problem[];
}

/** Whether the file keeps a QR signature that the statement's own key made over its summary. */
async function qrSigned(file: StatementFile, code: string): Promise<boolean> {
  const text = await statementQrText(file, code);
  return (
    text !== null &&
    (await verifyQrSummary(text, { expectedFingerprint: file.signature.fingerprint })).verdict === 'genuine'
  );
}

/** How often `word` (ASCII) occurs in bytes. */
function occurrences(bytes: Uint8Array, word: string): number {
  const first = word.charCodeAt(0);
  let count = 0;
  for (let at = bytes.indexOf(first); at !== -1; at = bytes.indexOf(first, at + 1))
    if ([...word].every((c, k) => bytes[at + k] === c.charCodeAt(0))) count++;
  return count;
}

/**
 * Checks that a PDF is exactly the one the app draws of the statement it carries: the PDF is drawn
 * again from the signed file (in its `pdfLayout`, around the stream it embeds, its pages written
 * with the file's own compressed bytes where these inflate to exactly the drawing: see
 * `takeFileStreams`) and the bytes compared. Any other byte — a repainted figure, a second attachment, another member's pages, an
 * update appended after `%%EOF` — makes it altered. A statement without `pdfLayout` was made before
 * PDFs were bound to it, and one of an earlier or a later drawing cannot be drawn here: the pages of
 * these cannot be checked, so the PDF is unreadable.
 */
export async function checkPdfPages(
  pdf: PdfRead,
  file: StatementFile,
  code: string,
  labels: StatementLabels,
): Promise<PagesCheck> {
  const layout = file.statement.pdfLayout;
  if (layout === undefined) return { unreadable: true, problems: [{ code: 'pdf.unbound' }] };
  // An earlier drawing is no longer kept: its pages are unreadable here, its JSON still verifies.
  if (layout < PDF_LAYOUT)
    return { unreadable: true, problems: [{ code: 'pdf.layoutRetired', params: { layout } }] };
  if (layout !== PDF_LAYOUT)
    return { unreadable: true, problems: [{ code: 'pdf.layoutUnknown', params: { layout } }] };
  // The pages are drawn while the platform checks the QR signature; a PDF without one draws nothing.
  const drawing = drawStatementPdf(file, {
    labels,
    code,
    ...(pdf.embedded ? { embedded: pdf.embedded } : {}),
  }).then(async (doc) => {
    await takeFileStreams(doc, pdf.document);
    return saveStatementPdf(doc);
  });
  drawing.catch(() => undefined);
  if (!(await qrSigned(file, code))) return { unreadable: false, problems: [{ code: 'pdf.qrMismatch' }] };
  const drawn = await drawing;
  if (sameBytes(drawn, pdf.file)) return { unreadable: false, problems: [] };
  // The app writes one cross-reference section; an incremental update adds another after `%%EOF`.
  const appended = occurrences(pdf.file, 'startxref') > 1;
  return { unreadable: false, problems: [{ code: appended ? 'pdf.appended' : 'pdf.changed' }] };
}

/**
 * `checkPdfPages` for a statement as `verifyStatement` holds it (the signature block not yet known
 * to be well formed: a malformed one already makes the file altered, and leaves nothing to draw).
 */
export async function checkReadPdf(
  pdf: PdfRead,
  statement: Statement,
  signature: unknown,
  code: string,
  labels: StatementLabels | undefined,
): Promise<PagesCheck> {
  if (labels === undefined)
    throw new TypeError("a PDF's pages are checked with the labels they are drawn in");
  const parsed = signatureSchema.safeParse(signature);
  if (!parsed.success) return { unreadable: false, problems: [] };
  return checkPdfPages(pdf, { format: STATEMENT_FORMAT, statement, signature: parsed.data }, code, labels);
}
