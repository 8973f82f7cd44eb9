import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementFileSchema, verifyStatement } from '../../src/domain/statement';
import { makeStatementDocuments, type StatementDocuments } from '../../src/domain/statement/documents';
import { renderStatementPdf } from '../../src/domain/statement/pdf';
import { deflateJson } from '../../src/domain/statement/pdf-embed';
import { statementLabels } from '../../src/i18n/statement-labels';
import { problemMessage } from '../../src/i18n/translate';
import {
  appendUpdate,
  attachmentObject,
  jsonStreamBody,
  objectOffset,
  recompressPages,
  repaintFigure,
  repaintInPlace,
  swapAttachment,
  withSecondStatement,
} from '../support/domain/forge-pdf';
import { readFixture } from '../support/fixture';
import { fixtureStatement, testSigner } from '../support/domain/statement-fixture';

const labels = statementLabels('id');
const dir = mkdtempSync(join(tmpdir(), 'lumbung-forged-'));
/** Maria's statement for January–June, and another one she signed for January–March. */
let maria: StatementDocuments;
let mariaQuarter: StatementDocuments;
/** Yosef's statement, signed on his own phone. */
let yosef: StatementDocuments;

beforeAll(async () => {
  const signer = await testSigner();
  const half = { from: '2026-01-01', to: '2026-06-30' };
  maria = await makeStatementDocuments(fixtureStatement(half), signer, { labels, xlsx: false });
  mariaQuarter = await makeStatementDocuments(
    fixtureStatement({ from: '2026-01-01', to: '2026-03-31' }),
    signer,
    { labels, xlsx: false },
  );
  const base = fixtureStatement(half);
  const yosefs = { ...base, business: { ...base.business, name: 'Toko Yosef', memberNumber: 'KSP-0777' } };
  yosef = await makeStatementDocuments(yosefs, await testSigner(), { labels, xlsx: false });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8' });

/** Writes a PDF and returns the statement.json files pdfdetach saves from it, and its text. */
function popplerReads(name: string, pdf: Uint8Array): { attachments: string[]; text: string } {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  const out = join(dir, name);
  mkdirSync(out);
  run('pdfdetach', ['-saveall', '-o', out, path]);
  const attachments = readdirSync(out).map((file) => readFileSync(join(out, file), 'utf8'));
  return { attachments, text: run('pdftotext', ['-layout', path, '-']) };
}

describe('a statement PDF as the app makes it', () => {
  it('is the same bytes when drawn twice from one signed file, and verifies genuine', async () => {
    const again = await renderStatementPdf(maria.file, { labels });
    expect(Buffer.from(again).equals(Buffer.from(maria.pdf))).toBe(true);
    const result = await verifyStatement(maria.pdf, { labels, expectedFingerprint: maria.fingerprint });
    expect(result).toMatchObject({ verdict: 'genuine', source: 'pdf', problems: [] });
  });

  it('is drawn in layout 2 exactly as when the layout was fixed, on any machine and time zone', async () => {
    const json = readFixture('statement-layout-2.json');
    const file = statementFileSchema.parse(JSON.parse(json));
    // The JSON is embedded as written (the schema's parse orders the members its own way).
    const pdf = await renderStatementPdf(file, { labels, embedded: deflateJson(Buffer.from(json)) });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(sha256).toBe('743d53620de623c609c42deef392f4c7194b2a2ff0f79da8c683a1cae9346528');
    expect((await verifyStatement(pdf, { labels })).verdict).toBe('genuine');
  });

  it('is still genuine when another tool compressed its pages again, each page drawing the same', async () => {
    const recompressed = await recompressPages(maria.pdf);
    expect(Buffer.from(recompressed).equals(Buffer.from(maria.pdf))).toBe(false);
    expect(popplerReads('recompressed', recompressed).text).toBe(popplerReads('as-made', maria.pdf).text);
    const result = await verifyStatement(recompressed, { labels, expectedFingerprint: maria.fingerprint });
    expect(result).toMatchObject({ verdict: 'genuine', source: 'pdf', problems: [] });
  });
});

describe('a forged statement PDF', () => {
  it('is altered when an update after %%EOF redefines the attachment, the new xref pointing at the old one', async () => {
    const { num } = await attachmentObject(maria.pdf);
    // The new section points the object at its first body, so poppler keeps reading Maria's half
    // year while a reader that takes the last definition in the file sees the quarter.
    const forged = appendUpdate(maria.pdf, [{ num, body: jsonStreamBody(mariaQuarter.json) }], {
      [num]: objectOffset(maria.pdf, num),
    });
    expect((await attachmentObject(forged)).json).toBe(mariaQuarter.json);
    expect(popplerReads('xref-back', forged).attachments).toEqual([maria.json]);
    const result = await verifyStatement(forged, { labels });
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: true, source: 'pdf' });
    expect(result.problems.map((p) => p.code)).toContain('pdf.appended');
  });

  it('is altered when an update after %%EOF swaps in another signed statement that every reader sees', async () => {
    const { num } = await attachmentObject(maria.pdf);
    const forged = appendUpdate(maria.pdf, [{ num, body: jsonStreamBody(mariaQuarter.json) }]);
    expect(popplerReads('update', forged).attachments).toEqual([mariaQuarter.json]);
    const result = await verifyStatement(forged, { labels });
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: true, figuresConsistent: true });
    expect(result.problems).toEqual([{ code: 'pdf.appended' }]);
  });

  it('is altered when a second statement.json is listed before the app’s', async () => {
    const forged = await withSecondStatement(maria.pdf, mariaQuarter.json);
    expect(popplerReads('second', forged).attachments.length).toBeGreaterThanOrEqual(1);
    expect(run('pdfdetach', ['-list', join(dir, 'second.pdf')])).toMatch(/2 embedded files/);
    const result = await verifyStatement(forged, { labels });
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: true });
    expect(result.problems.map((p) => p.code)).toContain('pdf.changed');
  });

  it('is altered when an update repaints the printed net profit, Rp 9.487.000 shown as Rp 94.870.000', async () => {
    const forged = await repaintFigure(maria.pdf, 'Rp 9.487.000', 'Rp 94.870.000');
    const { text, attachments } = popplerReads('repainted', forged);
    expect(text).toContain('Rp 94.870.000');
    expect(text).not.toContain('Rp 9.487.000');
    expect(attachments).toEqual([maria.json]);
    const result = await verifyStatement(forged, { labels, expectedFingerprint: maria.fingerprint });
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: true, fingerprintMatches: true });
    expect(result.problems).toEqual([{ code: 'pdf.appended' }]);
  });

  it('is altered when the printed net profit is repainted in the page itself and the PDF saved whole', async () => {
    const forged = await repaintInPlace(maria.pdf, 'Rp 9.487.000', 'Rp 94.870.000');
    const { text, attachments } = popplerReads('repainted-in-place', forged);
    expect(text).toContain('Rp 94.870.000');
    expect(attachments).toEqual([maria.json]);
    const result = await verifyStatement(forged, { labels, expectedFingerprint: maria.fingerprint });
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: true, fingerprintMatches: true });
    expect(result.problems).toEqual([{ code: 'pdf.changed' }]);
  });

  /** Maria's JSON as she signed it, its signature block changed by `change`. */
  const withSignature = (change: (signature: Record<string, unknown>) => void): Buffer => {
    const envelope = JSON.parse(maria.json) as { signature: Record<string, unknown> };
    change(envelope.signature);
    return Buffer.from(JSON.stringify(envelope));
  };

  it('is altered when its QR code carries a signature the statement’s key did not make', async () => {
    const qr = maria.file.signature.qr ?? '';
    const wrong = `${qr.slice(0, 10)}${qr[10] === 'A' ? 'B' : 'A'}${qr.slice(11)}`;
    const forged = { ...maria.file, signature: { ...maria.file.signature, qr: wrong } };
    const json = withSignature((signature) => (signature.qr = wrong));
    const pdf = await renderStatementPdf(forged, { labels, embedded: deflateJson(json) });
    const result = await verifyStatement(pdf, { labels, expectedFingerprint: maria.fingerprint });
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: true, fingerprintMatches: true });
    expect(result.problems).toEqual([{ code: 'pdf.qrMismatch' }]);
  });

  it('is altered when its attachment keeps no QR signature, its pages printing one', async () => {
    const json = withSignature((signature) => delete signature.qr);
    const pdf = await renderStatementPdf(maria.file, { labels, embedded: deflateJson(json) });
    const result = await verifyStatement(pdf, { labels, expectedFingerprint: maria.fingerprint });
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: true });
    expect(result.problems).toEqual([{ code: 'pdf.qrMismatch' }]);
  });

  it('is altered when one member’s pages carry another member’s genuine attachment', async () => {
    const forged = await swapAttachment(maria.pdf, yosef.pdf);
    const { text, attachments } = popplerReads('swapped', forged);
    expect(text).toContain('Warung Maria');
    expect(attachments).toEqual([yosef.json]);
    const result = await verifyStatement(forged, { labels, expectedFingerprint: yosef.fingerprint });
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: true, fingerprintMatches: true });
    expect(result.problems).toEqual([{ code: 'pdf.changed' }]);
  });
});

describe('a statement PDF made before pages were bound', () => {
  it('cannot be checked: its JSON still verifies, its pages do not', async () => {
    const old = fixtureStatement({ from: '2026-01-01', to: '2026-06-30' });
    delete old.pdfLayout;
    const made = await makeStatementDocuments(old, await testSigner(), { labels, xlsx: false });
    expect((await verifyStatement(made.json)).verdict).toBe('genuine');
    expect(await verifyStatement(made.pdf, { labels })).toMatchObject({
      verdict: 'unreadable',
      problems: [{ code: 'pdf.unbound' }],
    });
  });
});

describe('a statement PDF of the earlier layout 1', () => {
  it('cannot be checked, said plainly, while its JSON still verifies', async () => {
    const old = { ...fixtureStatement({ from: '2026-01-01', to: '2026-06-30' }), pdfLayout: 1 };
    const made = await makeStatementDocuments(old, await testSigner(), { labels, xlsx: false });
    expect((await verifyStatement(made.json)).verdict).toBe('genuine');
    const result = await verifyStatement(made.pdf, { labels });
    expect(result).toMatchObject({ verdict: 'unreadable', problems: [{ code: 'pdf.layoutRetired' }] });
    expect(problemMessage('id', result.problems[0] ?? { code: '' })).toContain('tata letak lama (1)');
  });
});
