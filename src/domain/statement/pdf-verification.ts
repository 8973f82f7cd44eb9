import { create } from 'qrcode';
import { rgb, type PDFPage } from 'pdf-lib';
import type { StatementLabels } from './labels';
import { CONTENT_WIDTH, MARGIN, type PdfCursor } from './pdf-layout';

/** The QR code's side on paper, in points (about 5.3 cm): large enough for a phone camera. */
const QR_SIDE = 150;

/** Draws a QR code of `text` as vector squares (runs of dark modules merged), bottom-left at (x, y). */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, side: number): void {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const cell = side / n;
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.data[row * n + col]) col++;
      page.drawRectangle({
        x: x + start * cell,
        y: y + (n - row - 1) * cell,
        width: (col - start) * cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
    }
  }
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
