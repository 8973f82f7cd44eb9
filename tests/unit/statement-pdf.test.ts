import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument, PDFName } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyQrSummary, verifyStatement } from '../../src/domain/statement';
import { makeStatementDocuments, type StatementDocuments } from '../../src/domain/statement/documents';
import { statementLabels } from '../../src/i18n/statement-labels';
import { FIXTURE_BUSINESS, fixtureStatement, testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

const labels = statementLabels('id');
const dir = mkdtempSync(join(tmpdir(), 'lumbung-pdf-'));
const pdfPath = join(dir, 'laporan.pdf');
let docs: StatementDocuments;

beforeAll(async () => {
  docs = await makeStatementDocuments(
    fixtureStatement({ from: '2026-01-01', to: '2026-06-30' }),
    await testSigner(),
    { labels: statementLabels('id') },
  );
  writeFileSync(pdfPath, docs.pdf);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8' });

describe('the statement PDF', () => {
  it('is A4 with selectable Indonesian text: business, period, net profit in Rupiah, fingerprint, code', () => {
    expect(run('pdfinfo', [pdfPath])).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const text = run('pdftotext', ['-layout', pdfPath, '-']);
    for (const expected of [
      FIXTURE_BUSINESS.name,
      FIXTURE_BUSINESS.memberNumber,
      '1 Januari 2026 s.d. 30 Juni 2026',
      'Laba bersih',
      'Rp 9.487.000',
      'Rp 14.664.000',
      'Kemampuan bayar',
      'Rp 401.400 per bulan',
      'Kedisiplinan pencatatan',
      'tidak diaudit',
      docs.fingerprint,
      docs.code,
    ])
      expect(text).toContain(expected);
  });

  it('draws the chart and the QR code as vectors, not images', () => {
    expect(run('pdfimages', ['-list', pdfPath]).trim().split('\n')).toHaveLength(2); // the header lines only
  });

  it('carries statement.json, which pdfdetach extracts and which verifies genuine', async () => {
    expect(run('pdfdetach', ['-list', pdfPath])).toContain('statement.json');
    const out = join(dir, 'detached');
    mkdirSync(out);
    run('pdfdetach', ['-saveall', '-o', out, pdfPath]);
    expect(readdirSync(out)).toEqual(['statement.json']);
    const json = readFileSync(join(out, 'statement.json'), 'utf8');
    expect(json).toBe(docs.json);
    expect((await verifyStatement(json)).verdict).toBe('genuine');
    const fromPdf = await verifyStatement(docs.pdf, { expectedFingerprint: docs.fingerprint, labels });
    expect(fromPdf).toMatchObject({ verdict: 'genuine', source: 'pdf', fingerprintMatches: true });
  });

  it('prints a QR code that scans to the signed summary and verifies', async () => {
    const pages = (await PDFDocument.load(docs.pdf)).getPageCount();
    const prefix = join(dir, 'page');
    run('pdftoppm', ['-png', '-r', '150', '-f', String(pages), '-l', String(pages), pdfPath, prefix]);
    const image = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    const png = PNG.sync.read(readFileSync(join(dir, image ?? 'missing.png')));
    const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(scanned?.data).toBe(docs.qrText);
    const result = await verifyQrSummary(scanned?.data ?? '', {
      expectedFingerprint: docs.fingerprint,
    });
    expect(result.verdict).toBe('genuine');
    expect(result.summary).toMatchObject({
      id: docs.file.statement.id,
      code: docs.code,
      period: { from: '2026-01-01', to: '2026-06-30' },
      revenue: 75_706_000,
      netProfit: 9_487_000,
      closingBalance: 14_664_000,
      fingerprint: docs.fingerprint,
    });
  });

  it('is unreadable as a statement once its attachment is stripped, or when truncated', async () => {
    const stripped = await PDFDocument.load(docs.pdf);
    stripped.catalog.delete(PDFName.of('Names'));
    const withoutAttachment = await verifyStatement(await stripped.save());
    expect(withoutAttachment).toMatchObject({
      verdict: 'unreadable',
      problems: [{ code: 'pdf.noStatement' }],
    });
    for (const length of [docs.pdf.length - 8, Math.floor(docs.pdf.length / 3), 200]) {
      const truncated = await verifyStatement(docs.pdf.slice(0, length));
      expect(truncated).toMatchObject({ verdict: 'unreadable', problems: [{ code: 'pdf.truncated' }] });
    }
    const damaged = docs.pdf.slice();
    damaged.fill(0x20, 1000, 60_000);
    expect((await verifyStatement(damaged)).verdict).toBe('unreadable');
  });

  it('draws book text outside WinAnsi (arrows, emoji, other scripts, line breaks) without failing', async () => {
    const statement = tinyStatement({
      business: 'Tenun Ikat → Sikka ≥ 1 🌾\nbaris dua',
      category: 'Penjualan 织物 ✓',
      account: 'Dompet “Ibu” − QRIS',
      note: 'catatan\r\n\u0000 aneh',
    });
    const tiny = await makeStatementDocuments(statement, await testSigner(), {
      labels: statementLabels('id'),
    });
    const path = join(dir, 'tiny.pdf');
    writeFileSync(path, tiny.pdf);
    const text = run('pdftotext', [path, '-']);
    expect(text).toContain('Tenun Ikat -> Sikka >= 1 ? baris dua');
    expect(text).toContain('Penjualan ?? v');
    expect((await verifyStatement(tiny.pdf, { labels })).verdict).toBe('genuine');
  });
});
