import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { toWinAnsi } from './pdf-text';

/** A4 in PDF points. */
export const A4: [number, number] = [595.28, 841.89];
/** Page margins in points. */
export const MARGIN = { left: 48, right: 48, top: 52, bottom: 56 };
/** The width text may take between the margins. */
export const CONTENT_WIDTH = A4[0] - MARGIN.left - MARGIN.right;

/** Colours of the statement. */
export const INK = { text: rgb(0.1, 0.1, 0.12), muted: rgb(0.4, 0.4, 0.45), rule: rgb(0.8, 0.8, 0.82) };

/** How one piece of text is drawn. */
export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: RGB;
}

/** One cell of a table row: text in a column, aligned left or right. */
export interface Cell extends TextStyle {
  text: string;
  x: number;
  width: number;
  align?: 'left' | 'right';
}

/** A top-to-bottom writer over A4 pages: keeps the cursor, breaks pages, makes text WinAnsi-safe. */
export class PdfCursor {
  page: PDFPage;
  y: number;
  private readonly charset: Set<number>;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.charset = new Set([...fonts.regular.getCharacterSet(), ...fonts.bold.getCharacterSet()]);
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN.top;
  }

  /** Text the fonts can draw (see `toWinAnsi`). */
  safe(text: string): string {
    return toWinAnsi(text, this.charset);
  }

  /** The font a style draws with. */
  font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** The width of text in points, as it will be drawn. */
  width(text: string, style: TextStyle): number {
    return this.font(style).widthOfTextAtSize(this.safe(text), style.size ?? 9);
  }

  /** Starts a new page when fewer than `height` points are left above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height >= MARGIN.bottom) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN.top;
  }

  /** Draws text with its baseline at (x, y), shortened with an ellipsis to `maxWidth` when given. */
  draw(text: string, x: number, y: number, style: TextStyle = {}, maxWidth?: number): void {
    const size = style.size ?? 9;
    let safe = this.safe(text);
    const font = this.font(style);
    if (maxWidth !== undefined && font.widthOfTextAtSize(safe, size) > maxWidth) {
      while (safe.length > 1 && font.widthOfTextAtSize(`${safe}\u2026`, size) > maxWidth)
        safe = safe.slice(0, -1);
      safe = `${safe}\u2026`;
    }
    this.page.drawText(safe, { x, y, size, font, color: style.color ?? INK.text });
  }

  /** Draws a row of cells on one line and moves the cursor below it. */
  row(cells: Cell[], lineHeight = 13): void {
    this.ensure(lineHeight);
    this.y -= lineHeight;
    for (const cell of cells) {
      const size = cell.size ?? 9;
      const text = this.safe(cell.text);
      const w = Math.min(this.width(text, cell), cell.width);
      const x = cell.align === 'right' ? cell.x + cell.width - w : cell.x;
      this.draw(text, x, this.y + 3, { ...cell, size }, cell.width);
    }
  }

  /** Wraps text into lines of at most `width` points. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of this.safe(text).split(/\s+/).filter(Boolean)) {
      const next = line === '' ? word : `${line} ${word}`;
      if (line !== '' && this.width(next, style) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line !== '') lines.push(line);
    return lines;
  }

  /**
   * A wrapped paragraph at the left margin (or at `indent` points from it). Neither its first nor its
   * last line stands alone at a page break: one of up to three lines moves whole, a longer one
   * leaves at least two lines on each page.
   */
  paragraph(text: string, style: TextStyle = {}, indent = 0): void {
    const step = (style.size ?? 9) * 1.45;
    const lines = this.wrap(text, CONTENT_WIDTH - indent, style);
    lines.forEach((line, i) => {
      const left = lines.length - i;
      if (i === 0) this.ensure(step * (left <= 3 ? left : 2));
      else this.ensure(step * (left === 2 ? 2 : 1));
      this.y -= step;
      this.draw(line, MARGIN.left + indent, this.y + 2, style);
    });
  }

  /** A section heading with a rule under it; kept with at least `keep` points of what follows. */
  heading(text: string, keep = 60): void {
    this.ensure(34 + keep);
    this.y -= 24;
    this.draw(text, MARGIN.left, this.y, { size: 12, bold: true });
    this.y -= 6;
    this.page.drawLine({
      start: { x: MARGIN.left, y: this.y },
      end: { x: MARGIN.left + CONTENT_WIDTH, y: this.y },
      thickness: 0.6,
      color: INK.rule,
    });
    this.y -= 2;
  }

  /** Vertical space. */
  gap(points: number): void {
    this.y -= points;
  }
}
