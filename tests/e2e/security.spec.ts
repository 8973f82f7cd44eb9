import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/e2e/app';
import { createBook, importCsv, openDataScreen, record, watchForeignRequests } from '../support/e2e/book';
import { formatCspViolations } from '../support/e2e/csp';

/** Notes an attacker (or a careless spreadsheet) might put in a book. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(document.domain)',
  '=HYPERLINK("http://evil.example","klik")',
  '+6281234567890',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '-2+3',
];

/** One CSV cell, quoted when it must be. */
const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

test('hostile notes stay inert text in the list, the detail, the reports and the CSV export', async ({
  app,
  baseURL,
}) => {
  const page = app.page;
  const origin = new URL(baseURL ?? '').origin;
  const foreign = watchForeignRequests(app.context, origin);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));

  await createBook(page);
  await record(page, 'Uang masuk', '5000', 'Penjualan', { note: '<script>alert(2)</script>' });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
  const rows = HOSTILE.map((note, i) => `${today},masuk,${1000 * (i + 1)},Penjualan,,Kas,,${cell(note)}`);
  await openDataScreen(page);
  await importCsv(
    page,
    'catatan-aneh.csv',
    `tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan\n${rows.join('\n')}\n`,
  );

  // The cash book list shows every note as the characters it is.
  await page.goto('/#/buku');
  const list = page.locator('main');
  for (const note of [...HOSTILE, '<script>alert(2)</script>']) await expect(list).toContainText(note);
  await expect(page.locator('main img, main script, main iframe')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);

  // The detail screen too.
  await page.getByRole('link', { name: /<img src=x onerror=alert\(1\)>/ }).click();
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);

  // The reports' entry list (this month's sales).
  await page.getByRole('link', { name: 'Laporan', exact: true }).click();
  await page.getByRole('button', { name: /Pendapatan usaha/ }).click();
  await page.getByRole('button', { name: /Penjualan/ }).click();
  const sales = page.getByRole('group', { name: 'Catatan Penjualan' });
  for (const note of HOSTILE) await expect(sales).toContainText(note);
  await expect(page.locator('main img, main script')).toHaveCount(0);

  // The CSV export: formulas guarded with a leading ', markup left as plain text, amounts plain.
  await page.goto('/#/data');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Simpan ke perangkat' }).click();
  const path = test.info().outputPath('ekspor.csv');
  await (await downloading).saveAs(path);
  const csv = await readFile(path, 'utf8');
  expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""klik"")"`);
  expect(csv).toContain(",'+6281234567890");
  expect(csv).toContain(",'@SUM(1+1)*cmd|' /C calc'!A0");
  expect(csv).toContain(",'-2+3");
  expect(csv).toContain(',<img src=x onerror=alert(1)>');
  expect(csv).toMatch(/,masuk,6000,Penjualan,/);

  expect(dialogs, 'no script ran').toEqual([]);
  expect(paths).not.toContain('/x');
  expect(foreign).toEqual([]);
  expect(app.cspViolations, formatCspViolations(app.cspViolations)).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});
