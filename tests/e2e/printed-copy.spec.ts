import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { toBuffer } from 'qrcode';
import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, MEMBER_MARIA, record } from '../support/e2e/book';
import { dayLastMonth, makeStatement, officerDesk } from '../support/e2e/statement';

/** The last page of a PDF as a PNG at 150 dpi, as pdftoppm renders it; returns its path. */
function lastPagePng(pdf: string): string {
  const prefix = join(dirname(pdf), 'halaman');
  execFileSync('pdftoppm', ['-png', '-r', '150', pdf, prefix]);
  const pages = readdirSync(dirname(pdf)).filter((f) => f.startsWith('halaman') && f.endsWith('.png'));
  return join(dirname(pdf), pages.sort().at(-1) ?? 'missing.png');
}

/** QR text whose summary says another net profit, keeping the signature. */
function withOtherNetProfit(text: string): string {
  const [prefix, body, signature] = text.split('.');
  const summary = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')) as { n: number };
  summary.n += 10_000_000;
  // Members are already in canonical order, and only a number changed.
  return [prefix, Buffer.from(JSON.stringify(summary)).toString('base64url'), signature].join('.');
}

test('an officer photographs a printed copy’s QR code and sees ASLI, and DIUBAH for an altered one', async ({
  app,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  await createBook(page, MEMBER_MARIA);
  await record(page, 'Uang masuk', '2500000', 'Penjualan', { date: dayLastMonth(10) });
  await record(page, 'Uang keluar', '700000', 'Belanja stok/bahan', { date: dayLastMonth(11) });
  const { pdf } = await makeStatement(page, 'maria');
  const picture = lastPagePng(pdf);

  const desk = await officerDesk(browser, baseURL);
  try {
    const photo = desk.page.getByLabel('Foto kode QR');
    await photo.setInputFiles(picture);
    await expect(desk.page.getByTestId('verdict')).toHaveText('ASLI', { timeout: 20_000 });
    const content = desk.page.getByRole('region', { name: 'Isi kode QR' });
    await expect(content).toContainText('KD-0417');
    await expect(content).toContainText('Rp 1.800.000');
    await expect(desk.page.getByText(/Anggota KD-0417 belum terdaftar/)).toBeVisible();
    await expectNoSeriousA11yViolations(desk.page);

    // The same code with its net profit rewritten, printed anew.
    const png = PNG.sync.read(readFileSync(picture));
    const text = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
    expect(text).toMatch(/^LMB1\./);
    await photo.setInputFiles({
      name: 'qr-ubah.png',
      mimeType: 'image/png',
      buffer: await toBuffer(withOtherNetProfit(text), { errorCorrectionLevel: 'M', scale: 6 }),
    });
    await expect(desk.page.getByTestId('verdict')).toHaveText('DIUBAH', { timeout: 20_000 });
    await expect(
      desk.page.getByText('Tanda tangan tidak cocok: laporan diubah setelah ditandatangani.'),
    ).toBeVisible();
  } finally {
    await desk.context.close();
  }
});
