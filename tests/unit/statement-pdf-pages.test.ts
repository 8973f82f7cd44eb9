import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Statement } from '../../src/domain/statement';
import { makeStatementDocuments } from '../../src/domain/statement/documents';
import { CONTENT_WIDTH, MARGIN, PdfCursor } from '../../src/domain/statement/pdf-layout';
import { statementLabels } from '../../src/i18n/statement-labels';
import { fixtureStatement, testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

const dir = mkdtempSync(join(tmpdir(), 'lumbung-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text lines of each page as pdftotext reads them, the page footer left out. */
function pageLines(pdf: Uint8Array, name: string): string[][] {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('Lumbung - ')),
    );
}

async function statementPages(statement: Statement, name: string): Promise<string[][]> {
  const labels = statementLabels('id');
  const made = await makeStatementDocuments(statement, await testSigner(), { labels, xlsx: false });
  return pageLines(made.pdf, name);
}

describe('the last page of a statement PDF', () => {
  it.each([
    ['a tiny book', () => tinyStatement({ owner: 'Yohana Wele' })],
    ['two months of the fixture book', () => fixtureStatement({ from: '2026-03-01', to: '2026-04-30' })],
  ])('of %s has places for both signatures and no page carries a lone line', async (name, make) => {
    const statement = make();
    const pages = await statementPages(statement, name.replace(/\W/g, '-'));
    for (const page of pages) expect(page.length).toBeGreaterThan(1);
    const last = pages.at(-1)?.join('\n') ?? '';
    expect(last).toContain('Tanda tangan');
    expect(last).toMatch(/Anggota\s+Petugas koperasi/);
    expect(last).toMatch(new RegExp(`Nama: ${statement.business.owner}\\s+Nama:`));
    expect(last).toMatch(/Tanggal:\s+Tanggal:/);
    // The verification block (fingerprint, QR code) is on the page the officer signs.
    expect(last).toContain('Sidik jari kunci');
  });
});

describe('a paragraph at a page break', () => {
  /** A cursor with room for `lines` more lines of 9-point text on its first page. */
  async function cursorWithRoom(lines: number): Promise<PdfCursor> {
    const doc = await PDFDocument.create();
    const fonts = {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
    };
    const cursor = new PdfCursor(doc, fonts);
    cursor.paragraph('Baris pertama halaman.');
    cursor.y = MARGIN.bottom + 9 * 1.45 * lines + 1;
    return cursor;
  }
  const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
  const paragraphOf = (cursor: PdfCursor, lines: number) => {
    let n = 1;
    while (cursor.wrap(words(n), CONTENT_WIDTH, {}).length < lines) n++;
    return words(n);
  };

  it('moves a short paragraph whole rather than leave its first line alone', async () => {
    const cursor = await cursorWithRoom(1);
    cursor.paragraph(paragraphOf(cursor, 2));
    const pages = pageLines(await cursor.doc.save(), 'short');
    expect(pages.map((p) => p.length)).toEqual([1, 2]);
  });

  it('carries the last two lines of a long paragraph together', async () => {
    const cursor = await cursorWithRoom(4);
    cursor.paragraph(paragraphOf(cursor, 5));
    const pages = pageLines(await cursor.doc.save(), 'long');
    expect(pages.map((p) => p.length)).toEqual([4, 2]);
  });
});
