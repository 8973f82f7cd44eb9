import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { toBuffer } from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/cli/verify-command';
import { canonicalJson } from '../../src/domain/canonical';
import { utf8 } from '../../src/domain/platform';
import { fingerprintOf, fromBase64url, signHandover, toBase64url } from '../../src/domain/statement';
import { makeStatementDocuments, type StatementDocuments } from '../../src/domain/statement/documents';
import { statementLabels } from '../../src/i18n/statement-labels';
import { testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

const dir = mkdtempSync(join(tmpdir(), 'lumbung-qr-'));
let docs: StatementDocuments;
let registered: string;
let pagePng: string;

/** QR text whose summary says another net profit, with the original signature kept. */
function alteredQr(text: string): string {
  const [prefix, body, signature] = text.split('.');
  const summary = JSON.parse(new TextDecoder().decode(fromBase64url(body ?? '') ?? new Uint8Array())) as {
    n: number;
  };
  summary.n += 5_000_000;
  return [prefix, toBase64url(utf8(canonicalJson(summary))), signature].join('.');
}

beforeAll(async () => {
  // Made on a new phone that the registered old phone handed over to: the QR carries the handover.
  const [oldPhone, newPhone] = await Promise.all([testSigner(), testSigner()]);
  const handovers = (await signHandover(oldPhone, newPhone.publicKey, new Date())) ?? [];
  registered = await fingerprintOf(oldPhone.publicKey);
  docs = await makeStatementDocuments(
    tinyStatement(),
    { ...newPhone, handovers },
    { labels: statementLabels('id') },
  );
  const pdf = join(dir, 'laporan.pdf');
  writeFileSync(pdf, docs.pdf);
  execFileSync('pdftoppm', ['-png', '-r', '150', pdf, join(dir, 'halaman')]);
  const pages = readdirSync(dir).filter((f) => f.startsWith('halaman') && f.endsWith('.png'));
  pagePng = join(dir, pages.sort().at(-1) ?? 'missing.png');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lumbung verify of a printed copy’s QR code', () => {
  it('reads the QR code from a PNG of the page and finds it ASLI, against the registered old phone', async () => {
    const result = await verifyCommand([pagePng, '--fingerprint', registered]);
    expect(result.exitCode).toBe(0);
    expect(result.output).toMatchObject({
      verdict: 'genuine',
      source: 'qr',
      fingerprintMatches: true,
      statementCode: docs.code,
      summary: { revenue: 1_250_000, netProfit: 850_000, closingBalance: 850_000, memberNumber: '17' },
      handover: { valid: true, links: [{ from: registered, to: docs.fingerprint }] },
      problems: [],
    });
  });

  it('reads it from a JPEG photo of the page too', async () => {
    const png = PNG.sync.read(readFileSync(pagePng));
    const photo = join(dir, 'foto.jpg');
    writeFileSync(photo, jpeg.encode({ data: png.data, width: png.width, height: png.height }, 85).data);
    const result = await verifyCommand([photo]);
    expect(result.output).toMatchObject({ verdict: 'genuine', statementCode: docs.code });
  });

  it('takes the QR text itself, typed with --qr or kept in a .txt', async () => {
    expect((await verifyCommand(['--qr', docs.qrText])).output).toMatchObject({ verdict: 'genuine' });
    const txt = join(dir, 'qr.txt');
    writeFileSync(txt, `${docs.qrText}\n`);
    expect((await verifyCommand([txt, '--fingerprint', docs.fingerprint])).exitCode).toBe(0);
    expect((await verifyCommand([txt, '--qr', docs.qrText])).exitCode).toBe(2);
  });

  it('finds a QR code whose summary was altered DIUBAH, as text and as a picture', async () => {
    const altered = alteredQr(docs.qrText);
    const typed = await verifyCommand(['--qr', altered]);
    expect(typed.exitCode).toBe(1);
    expect(typed.output).toMatchObject({
      verdict: 'altered',
      summary: { netProfit: 5_850_000 },
      problems: [{ code: 'signature.invalid', message: expect.stringContaining('Tanda tangan tidak cocok') }],
    });
    const picture = join(dir, 'qr-ubah.png');
    writeFileSync(picture, await toBuffer(altered, { errorCorrectionLevel: 'M' }));
    expect((await verifyCommand([picture])).output).toMatchObject({ verdict: 'altered' });
  });

  it('says TIDAK BISA DIPERIKSA for a picture without a QR code, and for other text', async () => {
    const blank = new PNG({ width: 200, height: 200 });
    blank.data.fill(255);
    const empty = join(dir, 'kosong.png');
    writeFileSync(empty, PNG.sync.write(blank));
    const result = await verifyCommand([empty]);
    expect(result.exitCode).toBe(2);
    expect(result.output).toMatchObject({ verdict: 'unreadable', problems: [{ code: 'qr.unreadable' }] });
    expect((await verifyCommand(['--qr', 'halo'])).exitCode).toBe(2);
  });
});
