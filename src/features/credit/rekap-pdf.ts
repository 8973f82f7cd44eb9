import { PDFDocument, StandardFonts } from 'pdf-lib';
import { CONTENT_WIDTH, INK, MARGIN, PdfCursor } from '../../domain/statement/pdf-layout';
import type { RekapContent } from './rekap-content';

const DATE_WIDTH = 80;
const AMOUNT_WIDTH = 100;
const OWED_WIDTH = 140;
const WHAT_WIDTH = CONTENT_WIDTH - DATE_WIDTH - AMOUNT_WIDTH - OWED_WIDTH;

/**
 * A contact's rekap as an A4 PDF, drawn with the statement's page writer (margins, page breaks,
 * text the standard fonts can draw): title, day, what is owed each way, then a table of records.
 */
export async function rekapPdf(rekap: RekapContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(rekap.title);
  doc.setProducer('Lumbung');
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const cursor = new PdfCursor(doc, fonts);
  cursor.paragraph(rekap.title, { size: 15, bold: true });
  cursor.paragraph(rekap.asOf, { color: INK.muted });
  cursor.gap(6);
  for (const total of rekap.totals) cursor.paragraph(total, { size: 11, bold: true });
  cursor.heading(rekap.recordsHeading, 26);
  for (const r of rekap.records) {
    let x = MARGIN.left;
    const cell = (text: string, width: number, align: 'left' | 'right' = 'left') => {
      const placed = { text, x, width, align };
      x += width;
      return placed;
    };
    cursor.row([
      cell(r.date, DATE_WIDTH),
      cell(r.what, WHAT_WIDTH),
      cell(r.amount, AMOUNT_WIDTH, 'right'),
      { ...cell(r.owed ?? '', OWED_WIDTH, 'right'), color: INK.muted },
    ]);
  }
  return doc.save();
}
