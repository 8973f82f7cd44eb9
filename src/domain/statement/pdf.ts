import { AFRelationship, PDFDocument, StandardFonts } from 'pdf-lib';
import { utf8 } from '../platform';
import { formatPeriodId } from './labels';
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
  /** The signed QR summary (see `buildQrSummary`). */
  qrText: string;
  /** Whether the member left the entries' notes out (the PDF says so). */
  omitNotes?: boolean;
  /** The statement code, when already computed (see `statementCode`). */
  code?: string;
}

/** Page numbers and the business name at the foot of every page. */
function drawFooters(cursor: PdfCursor, business: string): void {
  const pages = cursor.doc.getPages();
  pages.forEach((page, i) => {
    cursor.page = page;
    const text = `Lumbung - ${business} - halaman ${i + 1} dari ${pages.length}`;
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
 * The statement as an A4 PDF in Indonesian, text selectable, with the monthly chart and the QR code
 * drawn as vectors and the signed statement embedded as the attachment `statement.json`.
 */
export async function renderStatementPdf(file: StatementFile, options: PdfOptions): Promise<Uint8Array> {
  const s = file.statement;
  const code = options.code ?? (await statementCode(s));
  const doc = await PDFDocument.create({ updateMetadata: false });
  const created = new Date(s.createdAt);
  doc.setTitle(`Laporan keuangan ${s.business.name}, ${formatPeriodId(s.period)}`);
  doc.setAuthor(s.business.owner || s.business.name);
  doc.setSubject('Laporan untuk pengajuan pinjaman (lumbung.statement/1)');
  doc.setCreator(`Lumbung ${s.appVersion}`);
  doc.setProducer('Lumbung');
  doc.setLanguage('id-ID');
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const cursor = new PdfCursor(doc, fonts);
  drawIdentity(cursor, s, code);
  drawProfitAndLoss(cursor, s);
  drawMonths(cursor, s);
  drawCashFlow(cursor, s);
  drawChart(cursor, s);
  drawRepaymentCapacity(cursor, s);
  drawDiscipline(cursor, s);
  drawNotes(cursor, s, options.omitNotes === true);
  drawVerification(cursor, file.signature.fingerprint, code, options.qrText);
  drawFooters(cursor, s.business.name);

  await doc.attach(utf8(statementJson(file)), STATEMENT_ATTACHMENT, {
    mimeType: 'application/json',
    description: 'Laporan bertanda tangan (lumbung.statement/1)',
    creationDate: created,
    modificationDate: created,
    afRelationship: AFRelationship.Data,
  });
  return doc.save({ useObjectStreams: false });
}
