import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyStatement, type StatementFile } from '../../src/domain/statement';
import type { CreditStatement } from '../../src/domain/statement/credit-schema';
import { makeStatementDocuments } from '../../src/domain/statement/documents';
import { renderStatementPdf } from '../../src/domain/statement/pdf';
import { statementLabels } from '../../src/i18n/statement-labels';
import { tenunStatement } from '../support/domain/credit-statement-fixture';
import { testSigner } from '../support/domain/statement-fixture';

const labels = statementLabels('id');
let file: StatementFile;
let pdf: Uint8Array;

beforeAll(async () => {
  const docs = await makeStatementDocuments(
    tenunStatement({ from: '2026-02-01', to: '2026-02-28' }),
    await testSigner(),
    { labels, xlsx: false },
  );
  file = docs.file;
  pdf = docs.pdf;
}, 60_000);

/** The PDF's text as a reader selects it (poppler's pdftotext). */
function pageText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'lumbung-pdf2-'));
  const path = join(dir, 'statement.pdf');
  writeFileSync(path, bytes);
  try {
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the PDF of a /2 statement', () => {
  it('is genuine as made, its pages drawn again from the signed statement', async () => {
    const result = await verifyStatement(pdf, { labels });
    expect(result.problems).toEqual([]);
    expect(result.verdict).toBe('genuine');
  });

  it('prints the position, the aging, the stock counts used and the CALK', () => {
    const text = pageText(pdf);
    for (const words of [
      'Laporan posisi keuangan (neraca)',
      'Total aset',
      'Rp 5.170.000',
      'Lewat 31–60 hari',
      'Hitung stok yang dipakai',
      'Catatan atas laporan keuangan (CALK)',
    ])
      expect(text).toContain(words);
  });

  it('is altered when its pages show another position figure than the signed statement', async () => {
    const forged = structuredClone(file);
    const s = forged.statement as CreditStatement;
    s.position.closing.cash += 1_000_000;
    s.position.closing.totalAssets += 1_000_000;
    const embedded = await import('../../src/domain/statement/pdf-embed').then((m) =>
      m.deflateJson(new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`)),
    );
    const repainted = await renderStatementPdf(forged, { labels, embedded });
    const result = await verifyStatement(repainted, { labels });
    expect(result.verdict).toBe('altered');
    expect(result.problems.map((p) => p.code)).toContain('pdf.changed');
  });
});
