import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, csvFile, importCsv, openDataScreen, record } from '../support/e2e/book';
import { formatCspViolations } from '../support/e2e/csp';
import { addProducts } from '../support/e2e/products';

/** Stubs the browser's answer to persist() (headless Chromium decides on its own): here it says no. */
async function stubPersist(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const calls = { persist: 0 };
    (window as unknown as { persistCalls: typeof calls }).persistCalls = calls;
    navigator.storage.persist = async () => (calls.persist++, false);
    navigator.storage.persisted = async () => false;
  });
}

const persistCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { persistCalls: { persist: number } }).persistCalls.persist);

test('persistent storage is asked for after the first entry, not on load, and its answer is shown', async ({
  app,
}) => {
  await stubPersist(app.context);
  const page = app.page;
  await createBook(page);
  await page.waitForTimeout(500);
  expect(await persistCalls(page)).toBe(0);

  await record(page, 'Uang masuk', '25000', 'Penjualan');
  await expect.poll(() => persistCalls(page)).toBe(1);
  await openDataScreen(page);
  await expect(page.getByTestId('storage-status')).toContainText('belum diizinkan');
  await expect(page.getByTestId('storage-status')).toContainText('Buat cadangan secara rutin');
  await expect(page.getByTestId('last-backup')).toHaveText('Belum pernah membuat cadangan.');
  await expectNoSeriousA11yViolations(page);

  // Asked once: the answer is remembered, and a restart does not ask again. A week later, with no
  // backup made, the home screen reminds gently, and the reminder can be put off.
  const again = await app.relaunch('about:blank');
  await stubPersist(app.context);
  await again.clock.setFixedTime(Date.now() + 8 * 24 * 60 * 60 * 1000);
  await again.goto('/');
  await expect(again.getByTestId('today-in')).toBeVisible();
  const reminder = again.getByRole('complementary', { name: 'Cadangan' });
  await expect(reminder).toContainText('Sudah lama belum membuat cadangan.');
  await reminder.getByRole('button', { name: 'Nanti saja' }).click();
  await expect(reminder).toHaveCount(0);
  expect(await persistCalls(again)).toBe(0);
});

test('a backup brings every entry and product back after the site data is cleared', async ({
  app,
  baseURL,
}) => {
  const page = app.page;
  await createBook(page);
  await page.getByRole('link', { name: 'Kelola' }).click();
  await addProducts(page, [
    ['Beras 5 kg', '65000'],
    ['Minyak goreng 1 liter', '18000'],
  ]);
  await page.getByRole('link', { name: 'Beranda' }).click();
  await record(page, 'Uang masuk', '1250000', 'Penjualan', { note: 'jual beras' });
  await record(page, 'Uang keluar', '300000', 'Belanja stok/bahan');
  await record(page, 'Uang keluar', '100000', 'Prive', { note: 'uang sekolah' });

  await openDataScreen(page);
  await page.getByRole('button', { name: 'Buat cadangan' }).click();
  await expect(page.getByText('Cadangan siap: 1 usaha, 3 catatan.')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Simpan ke perangkat' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^lumbung-cadangan-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = test.info().outputPath('cadangan.json');
  await download.saveAs(backupPath);
  expect(JSON.parse(await readFile(backupPath, 'utf8'))).toMatchObject({ format: 'lumbung.backup/1' });
  await expect(page.getByTestId('last-backup')).toContainText('Cadangan terakhir:');

  // The browser's site data is cleared (storage pressure, or "clear data" in the settings).
  const cdp = await app.context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(baseURL ?? '').origin,
    storageTypes: 'all',
  });
  await page.goto('/');
  await page.reload();

  // The first screen offers the restore; the whole file is checked, then written.
  await expect(page.getByRole('heading', { name: 'Selamat datang di Lumbung' })).toBeVisible();
  await expect(page.getByText('Sudah pernah memakai Lumbung?')).toBeVisible();
  await page.getByLabel('Pilih berkas cadangan').setInputFiles(backupPath);
  await expect(page.getByText(/Cadangan per .*: 1 usaha, 3 catatan\. Riwayat utuh\./)).toBeVisible();
  await page.getByRole('button', { name: 'Pulihkan' }).click();

  await expect(page.getByTestId('today-in')).toHaveText('Rp 1.250.000');
  await expect(page.getByTestId('today-out')).toHaveText('Rp 300.000');
  await expect(page.getByTestId('balance-total')).toHaveText('Rp 850.000');
  await page.getByRole('link', { name: 'Buku kas' }).click();
  await expect(page.locator('.entry-row')).toHaveCount(3);
  await expect(page.getByText('jual beras')).toBeVisible();
  // The products are back as chips on the sale screen, at their prices.
  await page.goto('/#/catat/masuk');
  await expect(page.getByRole('button', { name: 'Beras 5 kg · Rp 65.000' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Minyak goreng 1 liter · Rp 18.000' })).toBeVisible();
  await page.goto('/#/');
  await openDataScreen(page);
  await page.getByRole('button', { name: 'Periksa sekarang' }).click();
  await expect(page.getByTestId('book-check')).toHaveText(
    'Buku utuh: 3 catatan, riwayat tidak berubah, ringkasan cocok.',
  );
  expect(app.cspViolations, formatCspViolations(app.cspViolations)).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('a CSV import is previewed, refused whole when a row is wrong, and recognised when it comes again', async ({
  app,
}) => {
  const page = app.page;
  await createBook(page);
  await openDataScreen(page);

  // A file with two bad rows: nothing is written, and both rows are named.
  const header = 'tanggal;jenis;jumlah;kategori;kelompok;akun;akun_tujuan;catatan';
  await page
    .getByLabel('Pilih berkas CSV')
    .setInputFiles(
      csvFile(
        'salah.csv',
        `${header}\n30/02/2026;masuk;Rp 10.000;Penjualan;;;;\n01/03/2026;keluar;0;Listrik;;;;\n`,
      ),
    );
  await expect(
    page.getByText('Baris 2, kolom tanggal: Tanggal “30/02/2026” tidak ada di kalender.'),
  ).toBeVisible();
  await expect(page.getByText('Baris 3, kolom jumlah: Jumlah harus lebih dari 0.')).toBeVisible();

  const good = `\uFEFF${header}\r\n01/03/2026;masuk;Rp 1.250.000;Penjualan;;;;jual\r\n02/03/2026;keluar;Rp 250.000;Sewa kios;beban;BRI;;sewa\r\n`;
  await page.getByLabel('Pilih berkas CSV').setInputFiles(csvFile('maret.csv', good));
  await expect(page.getByTestId('import-rows')).toHaveText(
    '2 baris: 2 catatan dan 0 pindah dana, 1 Mar 2026 – 2 Mar 2026.',
  );
  await expect(page.getByTestId('import-total-pendapatan')).toContainText('Rp 1.250.000');
  await expect(page.getByTestId('import-total-beban')).toContainText('Rp 250.000');
  await expect(page.getByText('Kategori baru: Sewa kios')).toBeVisible();
  await expect(page.getByText('Akun baru: BRI')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Impor 2 baris' }).click();
  await expect(page.getByTestId('import-done')).toHaveText('Impor selesai: 2 catatan dan 0 pindah dana.');

  // The same file again: recognised by its hash, and imported only when the member insists.
  await page.getByLabel('Pilih berkas CSV').setInputFiles(csvFile('maret-lagi.csv', good));
  await expect(page.getByText(/Berkas yang sama persis sudah diimpor pada/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Impor 2 baris' })).toBeDisabled();
  await page.getByRole('button', { name: 'Batal' }).click();
  await importCsv(page, 'april.csv', `${header}\n01/04/2026;masuk;5000;Penjualan;;;;\n`);
  await page.getByRole('link', { name: 'Kembali' }).click();
  await page.getByRole('link', { name: 'Beranda' }).click();
  await page.getByRole('link', { name: 'Buku kas' }).click();
  await expect(page.locator('.entry-row')).toHaveCount(3);
  expect(app.cspViolations, formatCspViolations(app.cspViolations)).toEqual([]);
});
