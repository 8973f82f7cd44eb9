import type { StatementLabels } from './labels';
import { CONTENT_WIDTH, INK, MARGIN, type PdfCursor } from './pdf-layout';

/** The space between the member's and the officer's column. */
const COLUMN_GAP = 24;
const COLUMN_WIDTH = (CONTENT_WIDTH - COLUMN_GAP) / 2;
/** Room for a handwritten signature (and a stamp) in points: about 2.8 cm. */
const BOX_HEIGHT = 80;
/** From the top of a column to its end: role, box, name, date. */
const COLUMN_HEIGHT = 16 + BOX_HEIGHT + 18 + 18;

/** One column: the role, a box to sign in, and the name and date to write by hand. */
function drawColumn(cursor: PdfCursor, labels: StatementLabels, x: number, role: string, name: string): void {
  const { word } = labels;
  const top = cursor.y;
  cursor.draw(role, x, top - 11, { size: 9, bold: true });
  cursor.page.drawRectangle({
    x,
    y: top - 16 - BOX_HEIGHT,
    width: COLUMN_WIDTH,
    height: BOX_HEIGHT,
    borderColor: INK.rule,
    borderWidth: 0.8,
  });
  const line = (label: string, value: string, baseline: number) => {
    const text = `${label}: `;
    cursor.draw(text, x, baseline, { size: 9 });
    const start = x + cursor.width(text, { size: 9 });
    if (value !== '') cursor.draw(value, start, baseline + 1, { size: 9 }, x + COLUMN_WIDTH - start);
    cursor.page.drawLine({
      start: { x: start, y: baseline - 2 },
      end: { x: x + COLUMN_WIDTH, y: baseline - 2 },
      thickness: 0.5,
      color: INK.muted,
    });
  };
  line(word('signatureName'), name, top - 16 - BOX_HEIGHT - 16);
  line(word('signatureDate'), '', top - COLUMN_HEIGHT + 2);
}

/**
 * The signature places, kept whole on the last page: the member's (name printed from the file) and
 * the officer's, each with a box to sign in and lines for the name and the date.
 */
export function drawSignatures(cursor: PdfCursor, labels: StatementLabels, owner: string): void {
  const { word } = labels;
  const note = cursor.wrap(word('signaturesNote'), CONTENT_WIDTH, { size: 8 });
  cursor.heading(word('signatures'), note.length * 11 + 8 + COLUMN_HEIGHT);
  for (const line of note) {
    cursor.y -= 11;
    cursor.draw(line, MARGIN.left, cursor.y, { size: 8, color: INK.muted });
  }
  cursor.gap(8);
  drawColumn(cursor, labels, MARGIN.left, word('signatureMember'), owner);
  drawColumn(cursor, labels, MARGIN.left + COLUMN_WIDTH + COLUMN_GAP, word('signatureOfficer'), '');
  cursor.gap(COLUMN_HEIGHT);
}
