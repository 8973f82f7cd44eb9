import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, MEMBER_MARIA, record } from '../support/e2e/book';
import { collectConsoleErrors } from '../support/e2e/console';
import { collectCspViolations, formatCspViolations, type CspViolation } from '../support/e2e/csp';

const TIME_ZONE = 'Asia/Makassar';

/** A day `monthsBack` whole months before this one, in the book's time zone: `YYYY-MM-DD`. */
function dayMonthsBack(monthsBack: number, day: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - monthsBack;
  const mm = String((index % 12) + 1).padStart(2, '0');
  return `${Math.floor(index / 12)}-${mm}-${String(day).padStart(2, '0')}`;
}

/** The built chunks holding each heavy library, found by what they contain. */
function heavyChunks(): Record<'pdf-lib' | 'qrcode' | 'write-excel-file', string[]> {
  const dir = join(process.cwd(), 'dist', 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const holding = (marker: string) =>
    files.filter((f) => readFileSync(join(dir, f), 'utf8').includes(marker));
  return {
    'pdf-lib': holding('PDFDocument'),
    qrcode: holding('toSJIS'),
    'write-excel-file': holding('xl/workbook'),
  };
}

/** The scripts a page has loaded so far. */
const loadedScripts = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => name.endsWith('.js')),
  );

/** A clean page for the officer: a browser profile with no book at all. */
async function officerPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    locale: 'id-ID',
    timezoneId: TIME_ZONE,
  });
  const cspViolations: CspViolation[] = await collectCspViolations(context);
  const consoleErrors = collectConsoleErrors(context);
  return { context, page: await context.newPage(), cspViolations, consoleErrors };
}

test('a member makes a signed statement and an officer without a book checks it', async ({
  app,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  await createBook(page, MEMBER_MARIA);

  // The first screen does not load the PDF, QR code or spreadsheet libraries.
  const chunks = heavyChunks();
  for (const files of Object.values(chunks)) expect(files.length).toBeGreaterThan(0);
  const heavy = Object.values(chunks).flat();
  const isHeavy = (url: string) => heavy.some((file) => url.endsWith(`/assets/${file}`));
  expect((await loadedScripts(page)).filter(isHeavy)).toEqual([]);

  const lastMonth = dayMonthsBack(1, 10);
  // The book begins on the first of a month, so it covers two whole months.
  const twoMonthsAgo = dayMonthsBack(2, 1);
  await record(page, 'Uang masuk', '2500000', 'Penjualan', { date: lastMonth });
  await record(page, 'Uang keluar', '700000', 'Belanja stok/bahan', { date: lastMonth });
  await record(page, 'Uang masuk', '1000000', 'Penjualan', { date: twoMonthsAgo });
  await record(page, 'Uang keluar', '300000', 'Prive', { date: twoMonthsAgo });

  // The member's side: from home to the statement, defaults from the book, a preview as text.
  await page.getByRole('link', { name: 'Buat laporan untuk pengajuan pinjaman' }).click();
  await expect(page.getByRole('heading', { name: 'Laporan pinjaman', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Nomor anggota')).toHaveValue('KD-0417');
  await expect(page.getByText('Kosong: rata-rata prive dari buku, Rp 150.000 per bulan.')).toBeVisible();
  const profitLoss = page.getByRole('region', { name: 'Laba rugi', exact: true });
  await expect(profitLoss.getByText('Laba bersih')).toBeVisible();
  await expect(profitLoss).toContainText('Rp 2.800.000');
  // The two months the book covers, M = 2.800.000 / 2; H = 150.000; r = 60%: RPC = (1.400.000 − 150.000) × 0,6.
  await expect(page.getByRole('region', { name: 'Kemampuan bayar', exact: true })).toContainText(
    'Rp 750.000',
  );
  await expect(page.getByTestId('period-before-book')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Buat dan tandatangani laporan' }).click();
  await expect(page.getByRole('heading', { name: 'Laporan siap dikirim' })).toBeVisible({ timeout: 30_000 });
  const fingerprint = (await page.getByTestId('statement-fingerprint').textContent()) ?? '';
  expect(fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
  await expectNoSeriousA11yViolations(page);

  const save = async (name: RegExp) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    return { path, name: download.suggestedFilename() };
  };
  const pdf = await save(/^Unduh laporan-.*\.pdf$/);
  const json = await save(/^Unduh laporan-.*\.json$/);
  expect(pdf.name).toMatch(/^laporan-warung-maria-\d{4}-\d{2}-\d{4}-\d{2}\.pdf$/);
  expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');

  // The same Kode perangkat in Settings, for the cooperative to register.
  await page.getByRole('link', { name: 'Kembali' }).click();
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await expect(page.getByTestId('device-fingerprint')).toHaveText(fingerprint);
  await expectNoSeriousA11yViolations(page);

  // The officer's side, on a device that has never kept a book.
  const officer = await officerPage(browser, baseURL);
  try {
    const desk = officer.page;
    await desk.goto('/');
    await desk.getByRole('link', { name: 'Periksa laporan (petugas koperasi)' }).click();
    await expect(desk.getByRole('heading', { name: 'Periksa laporan', level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(desk);
    const choose = desk.getByLabel('Pilih berkas laporan');

    await choose.setInputFiles(pdf.path);
    await expect(desk.getByTestId('verdict')).toHaveText('ASLI', { timeout: 20_000 });
    await expect(desk.getByTestId('signer-fingerprint')).toHaveText(fingerprint);
    const unregistered = desk.getByTestId('unregistered');
    await expect(unregistered).toContainText('AWAS: anggota belum terdaftar!');
    await expect(unregistered).toContainText('Anggota KD-0417 belum terdaftar di perangkat ini');
    await expectNoSeriousA11yViolations(desk);
    await desk.getByRole('button', { name: 'Daftarkan kode ini untuk anggota' }).click();
    await expect(desk.getByText(/Cocok: kode ini terdaftar untuk anggota KD-0417/)).toBeVisible();

    await choose.setInputFiles(json.path);
    await expect(desk.getByTestId('verdict')).toHaveText('ASLI');
    await expect(
      desk.getByText('Kode perangkat cocok dengan yang terdaftar untuk anggota ini.'),
    ).toBeVisible();

    // A copy with one figure changed and the signature kept.
    const original = readFileSync(json.path, 'utf8');
    const altered = original.replace(/"netProfit": 2800000/, '"netProfit": 3800000');
    expect(altered).not.toBe(original);
    await choose.setInputFiles({
      name: 'laporan-ubah.json',
      mimeType: 'application/json',
      buffer: Buffer.from(altered),
    });
    await expect(desk.getByTestId('verdict')).toHaveText('DIUBAH');
    await expect(
      desk.getByText('Tanda tangan tidak cocok: laporan diubah setelah ditandatangani.'),
    ).toBeVisible();
    await expect(
      desk.getByText(/Laba bersih tertulis Rp 3\.800\.000, hasil hitung Rp 2\.800\.000\.$/),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(desk);

    // Shared from WhatsApp: the service worker keeps the file in Cache Storage and opens #/periksa?shared=1.
    await desk.evaluate(async (text) => {
      const cache = await caches.open('lumbung-shared');
      const headers = { 'content-type': 'application/json', 'x-file-name': 'laporan-dibagikan.json' };
      await cache.put('/shared/statement', new Response(text, { headers }));
    }, original);
    await desk.goto('about:blank');
    await desk.goto('/#/periksa?shared=1');
    await expect(desk.getByTestId('verdict')).toHaveText('ASLI');
    await expect(desk.getByText('Berkas: laporan-dibagikan.json')).toBeVisible();
    expect(desk.url()).not.toContain('shared=1');
    const left = await desk.evaluate(async () =>
      (await caches.open('lumbung-shared')).match('/shared/statement'),
    );
    expect(left).toBeUndefined();

    expect(officer.cspViolations, formatCspViolations(officer.cspViolations)).toEqual([]);
    expect(officer.consoleErrors, officer.consoleErrors.join('\n')).toEqual([]);
  } finally {
    await officer.context.close();
  }

  // Making the statement is what loaded the PDF and QR code libraries.
  await page.getByRole('link', { name: 'Beranda' }).click();
  expect((await loadedScripts(page)).filter(isHeavy).length).toBeGreaterThan(0);
  expect(app.cspViolations, formatCspViolations(app.cspViolations)).toEqual([]);
  expect(app.consoleErrors, app.consoleErrors.join('\n')).toEqual([]);
});
