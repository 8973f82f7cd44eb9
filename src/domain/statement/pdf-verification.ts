import { create } from 'qrcode';
import {
  PDFOperator,
  degrees,
  drawRectangle,
  numberToString,
  rgb,
  type PDFOperatorNames,
  type PDFPage,
} from 'pdf-lib';
import type { StatementLabels } from './labels';
import { CONTENT_WIDTH, MARGIN, type PdfCursor } from './pdf-layout';

/** The QR code's side on paper, in points (about 5.3 cm): large enough for a phone camera. */
const QR_SIDE = 150;

// The places of a rectangle's corner and size in the operators pdf-lib writes for it: numbers no
// QR code can put there, replaced in the text of those operators for each run of dark modules.
const MARK = { x: 1000001, y: 1000002, width: 1000003, height: 1000004 } as const;

/**
 * The text of the operators `PDFPage.drawRectangle` writes for a filled black rectangle, in pieces
 * between its numbers: made once by pdf-lib itself, so what is written stays pdf-lib's own.
 */
const rectangleText = (() => {
  let pieces: { text: string[]; marks: number[] } | null = null;
  return () => {
    if (pieces !== null) return pieces;
    const zero = degrees(0);
    const ops = drawRectangle({
      ...MARK,
      rotate: zero,
      xSkew: zero,
      ySkew: zero,
      borderWidth: 0,
      color: rgb(0, 0, 0),
      borderColor: undefined,
    });
    const split = ops
      .map(String)
      .join('\n')
      .split(/(100000[1-4])/);
    pieces = {
      text: split.filter((_, i) => i % 2 === 0),
      marks: split.filter((_, i) => i % 2 === 1).map(Number),
    };
    return pieces;
  };
})();

/**
 * Draws a QR code of `text` as vector squares (runs of dark modules merged), bottom-left at (x, y).
 * The bytes are those of one `drawRectangle` a run, written as one piece of text: a statement's QR
 * code is some two thousand runs, and their operators, built one number at a time, were most of
 * what drawing a statement again cost its verifier. A run's corner and width each take one of a
 * few dozen values, so each of those is written once.
 */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, side: number): void {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const { text: between, marks } = rectangleText();
  const n = modules.size;
  const cell = side / n;
  const written = (value: (i: number) => number) =>
    Array.from({ length: n + 1 }, (_, i) => numberToString(value(i)));
  const xs = written((column) => x + column * cell);
  const ys = written((row) => y + (n - row - 1) * cell);
  const widths = written((length) => length * cell);
  const height = numberToString(cell);
  const lines: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.data[row * n + col]) col++;
      const values: Record<number, string | undefined> = {
        [MARK.x]: xs[start],
        [MARK.y]: ys[row],
        [MARK.width]: widths[col - start],
        [MARK.height]: height,
      };
      let rectangle = between[0] ?? '';
      marks.forEach((mark, i) => (rectangle += (values[mark] ?? '0') + (between[i + 1] ?? '')));
      lines.push(rectangle);
    }
  }
  // One operator whose text is all the runs' operators: pdf-lib writes an operator's text as it is,
  // each followed by a line break, so the stream holds the very bytes it would have drawn.
  if (lines.length > 0) page.pushOperators(PDFOperator.of(lines.join('\n') as PDFOperatorNames));
}

/** The verification block: fingerprint, statement code, the signed QR summary, and what they prove. */
export function drawVerification(
  cursor: PdfCursor,
  labels: StatementLabels,
  fingerprint: string,
  code: string,
  qrText: string,
): void {
  const { word } = labels;
  cursor.heading(`8. ${word('verification')}`, QR_SIDE + 90);
  const top = cursor.y - 8;
  const textWidth = CONTENT_WIDTH - QR_SIDE - 24;
  drawQrCode(cursor.page, qrText, MARGIN.left + CONTENT_WIDTH - QR_SIDE, top - QR_SIDE, QR_SIDE);
  cursor.gap(10);
  cursor.draw(word('fingerprint'), MARGIN.left, cursor.y - 10, { size: 8 });
  cursor.draw(fingerprint, MARGIN.left, cursor.y - 28, { size: 16, bold: true });
  cursor.draw(word('statementCode'), MARGIN.left, cursor.y - 46, { size: 8 });
  cursor.draw(code, MARGIN.left, cursor.y - 62, { size: 13, bold: true });
  cursor.gap(70);
  const lines = [word('verificationSigned'), word('verificationMatch'), word('verificationProves')];
  for (const line of lines)
    for (const wrapped of cursor.wrap(line, textWidth, { size: 8 })) {
      cursor.y -= 11;
      cursor.draw(wrapped, MARGIN.left, cursor.y, { size: 8 });
    }
  cursor.y = Math.min(cursor.y, top - QR_SIDE) - 6;
}
