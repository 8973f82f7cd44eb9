import { AFRelationship, PDFDocument, StandardFonts } from 'pdf-lib';
import { utf8 } from '../platform';
import type { StatementLabels } from './labels';
import { drawNotes, drawDiscipline, drawRepaymentCapacity } from './pdf-assessment';
import { STATEMENT_ATTACHMENT } from './pdf-attachment';
import { drawChart } from './pdf-chart';
import { drawCashFlow, drawIdentity, drawProfitAndLoss } from './pdf-figures';
import { A4, INK, MARGIN, PdfCursor } from './pdf-layout';
import { drawMonths } from './pdf-months';
import { drawVerification } from './pdf-verification';
import type { StatementFile } from './schema';
import { statementCode, statementJson } from './sign';

/** What the PDF needs besides the signed file. */
export interface PdfOptions {
  /** The words and formats of the text. */
  labels: StatementLabels;
  /** The signed QR summary (see `buildQrSummary`). */
  qrText: string;
  /** Whether the member left the entries' notes out (the PDF says so). */
  omitNotes?: boolean;
  /** The statement code, when already computed (see `statementCode`). */
  code?: string;
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
 * The statement as an A4 PDF in the labels' language, text selectable, with the monthly chart and the QR code
 * drawn as vectors and the signed statement embedded as the attachment `statement.json`.
 */
export async function renderStatementPdf(file: StatementFile, options: PdfOptions): Promise<Uint8Array> {
  const s = file.statement;
  const { labels } = options;
  const code = options.code ?? (await statementCode(s));
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
  drawChart(cursor, labels, s);
  drawRepaymentCapacity(cursor, labels, s);
  drawDiscipline(cursor, labels, s);
  drawNotes(cursor, labels, s, options.omitNotes === true);
  drawVerification(cursor, labels, file.signature.fingerprint, code, options.qrText);
  drawFooters(cursor, labels, s.business.name);

  await doc.attach(utf8(statementJson(file)), STATEMENT_ATTACHMENT, {
    mimeType: 'application/json',
    description: labels.word('attachment'),
    creationDate: created,
    modificationDate: created,
    afRelationship: AFRelationship.Data,
  });
  return doc.save({ useObjectStreams: false });
}
