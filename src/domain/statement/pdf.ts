import { PDFDocument, StandardFonts } from 'pdf-lib';
import { utf8 } from '../platform';
import type { StatementLabels } from './labels';
import { drawNotes, drawDiscipline, drawRepaymentCapacity } from './pdf-assessment';
import { drawChart } from './pdf-chart';
import { isCreditStatement } from './credit-schema';
import { drawAging, drawCalk, drawPosition, drawStockCounts } from './pdf-credit';
import { deflateJson, embedStatementJson, type EmbeddedJson } from './pdf-embed';
import { drawCashFlow, drawIdentity, drawProfitAndLoss } from './pdf-figures';
import { A4, INK, MARGIN, PdfCursor } from './pdf-layout';
import { drawMonths } from './pdf-months';
import { drawSignatures } from './pdf-signatures';
import { drawVerification } from './pdf-verification';
import type { StatementFile } from './schema';
import { statementQrText } from './qr-summary';
import { statementCode, statementJson } from './sign';

/** What the PDF needs besides the signed file. */
export interface PdfOptions {
  /** The words and formats of the text. */
  labels: StatementLabels;
  /** The statement code, when already computed (see `statementCode`). */
  code?: string;
  /** The embedded JSON, when already compressed (the viewer passes the stream it was sent). */
  embedded?: EmbeddedJson;
}

/** Page numbers and the business name at the foot of every page. */
function drawFooters(cursor: PdfCursor, labels: StatementLabels, business: string): void {
  const pages = cursor.doc.getPages();
  pages.forEach((page, i) => {
    cursor.page = page;
    const text = labels.word('footer', { business, page: i + 1, pages: pages.length });
    cursor.draw(
      text,
      MARGIN.left,
      MARGIN.bottom - 24,
      { size: 7, color: INK.muted },
      A4[0] - 2 * MARGIN.left,
    );
  });
}

/**
 * The statement's PDF document as drawn, not yet written (see `renderStatementPdf`): the viewer
 * draws it again and writes it around the file's own compressed pages (`pdf-binding.ts`).
 */
export async function drawStatementPdf(file: StatementFile, options: PdfOptions): Promise<PDFDocument> {
  const s = file.statement;
  const { labels } = options;
  const code = options.code ?? (await statementCode(s));
  const qrText = await statementQrText(file, code);
  if (qrText === null) throw new TypeError('the file keeps no signed QR summary to print');
  const doc = await PDFDocument.create({ updateMetadata: false });
  const created = new Date(s.createdAt);
  doc.setTitle(labels.word('documentTitle', { business: s.business.name, period: labels.period(s.period) }));
  doc.setAuthor(s.business.owner || s.business.name);
  doc.setSubject(labels.word('documentSubject'));
  doc.setCreator(`Lumbung ${s.appVersion}`);
  doc.setProducer('Lumbung');
  doc.setLanguage(labels.locale);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const cursor = new PdfCursor(doc, fonts);
  drawIdentity(cursor, labels, s, code);
  drawProfitAndLoss(cursor, labels, s);
  drawMonths(cursor, labels, s);
  drawCashFlow(cursor, labels, s);
  // Only a `/2` statement has these sections: a `/1` one is drawn exactly as before.
  const credit = isCreditStatement(s) ? labels.credit : undefined;
  if (credit && isCreditStatement(s)) {
    drawPosition(cursor, credit, s);
    drawAging(cursor, credit, s);
    drawStockCounts(cursor, credit, s);
  }
  drawChart(cursor, labels, s);
  drawRepaymentCapacity(cursor, labels, s);
  drawDiscipline(cursor, labels, s);
  drawNotes(cursor, labels, s, s.notesOmitted === true);
  if (credit && isCreditStatement(s)) drawCalk(cursor, credit, s);
  drawVerification(cursor, labels, file.signature.fingerprint, code, qrText);
  drawSignatures(cursor, labels, s.business.owner);
  drawFooters(cursor, labels, s.business.name);

  const embedded = options.embedded ?? deflateJson(utf8(statementJson(file)));
  embedStatementJson(doc, embedded, { description: labels.word('attachment'), date: created });
  return doc;
}

/** A drawn statement PDF's bytes, written as the app writes them: one object after another. */
export const saveStatementPdf = (doc: PDFDocument): Promise<Uint8Array> =>
  doc.save({ useObjectStreams: false });

/**
 * The statement as an A4 PDF in the labels' language, text selectable, with the monthly chart and the QR code
 * drawn as vectors and the signed statement embedded as the attachment `statement.json`. Every byte
 * follows from the signed file and the labels (`pdfLayout` 2): no clock, no random ids,
 * so the viewer can draw it again and compare (`pdf-binding.ts`).
 */
export async function renderStatementPdf(file: StatementFile, options: PdfOptions): Promise<Uint8Array> {
  return saveStatementPdf(await drawStatementPdf(file, options));
}
