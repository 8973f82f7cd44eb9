import type { Page } from '@playwright/test';
import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, record } from '../support/e2e/book';

// The member's phone says it is 20 March 2026 (WITA), so "last month" is February and "this year" 2026.
const NOW = new Date('2026-03-20T10:00:00+08:00');

/** The laba rugi and arus kas figures on screen, by line. */
async function expectFigures(page: Page, figures: Record<string, string>) {
  for (const [testId, text] of Object.entries(figures))
    await expect(page.getByTestId(testId)).toHaveText(text);
}

test('reports show the month and the year from entries recorded in the app, charts loading only then', async ({
  app,
}) => {
  const page = app.page;
  await page.clock.setFixedTime(NOW);
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(new URL(r.url()).pathname));
  await createBook(page, { name: 'Kios Mama Yuli', owner: 'Yuliana' });

  await record(page, 'Uang masuk', '2000000', 'Setoran modal', { date: '2026-02-01' });
  await record(page, 'Uang masuk', '1500000', 'Penjualan', { date: '2026-02-10' });
  await record(page, 'Uang keluar', '600000', 'Belanja stok/bahan', { date: '2026-02-11' });
  await record(page, 'Uang keluar', '100000', 'Listrik', { date: '2026-02-12' });
  await record(page, 'Uang keluar', '200000', 'Prive', { date: '2026-02-15' });
  await record(page, 'Uang masuk', '800000', 'Penjualan', { date: '2026-03-05' });
  await record(page, 'Uang keluar', '300000', 'Belanja stok/bahan', { date: '2026-03-06' });
  await record(page, 'Uang keluar', '50000', 'Bunga pinjaman', { date: '2026-03-10' });
  await record(page, 'Uang keluar', '400000', 'Beli peralatan', { date: '2026-03-12' });
  await record(page, 'Uang masuk', '450000', 'Penjualan', { date: '2026-03-18' });
  expect(chunks.filter((p) => /Report/.test(p))).toEqual([]);

  // Last month: February.
  await page.getByRole('link', { name: 'Laporan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Laporan', level: 1 })).toBeVisible();
  await page.getByText('Bulan lalu', { exact: true }).click();
  await expect(page.getByTestId('report-period')).toHaveText('1 Feb 2026 – 28 Feb 2026');
  await expectFigures(page, {
    'pl-revenue': 'Rp 1.500.000',
    'pl-cogs': 'Rp 600.000',
    'pl-grossProfit': 'Rp 900.000',
    'pl-operatingExpenses': 'Rp 100.000',
    'pl-operatingProfit': 'Rp 800.000',
    'pl-otherIncome': 'Rp 0',
    'pl-otherExpenses': 'Rp 0',
    'pl-netProfit': 'Rp 800.000',
    'pl-netProfit-change': '+Rp 800.000 (baru)',
    'cf-openingBalance': 'Rp 0',
    'cf-operating': 'Rp 800.000',
    'cf-investing': 'Rp 0',
    'cf-financing': 'Rp 1.800.000',
    'cf-closingBalance': 'Rp 2.600.000',
    'report-counts': '5 catatan · 0 pindah dana',
  });
  await expect(page.getByTestId('month-table')).toHaveCount(0);

  // The charts chunk (with Recharts) arrives only now, with a table for screen readers.
  await expect(page.getByRole('figure', { name: 'Penjualan harian, Februari 2026' })).toBeVisible();
  await expect(page.locator('.chart .recharts-surface').first()).toBeVisible();
  expect(chunks.some((p) => /ReportCharts/.test(p))).toBe(true);

  // This month, compared with February: the expense line opens to its categories and entries.
  await page.getByText('Bulan ini', { exact: true }).click();
  await expect(page.getByTestId('report-period')).toHaveText('1 Mar 2026 – 31 Mar 2026');
  await expectFigures(page, {
    'pl-revenue': 'Rp 1.250.000',
    'pl-otherExpenses': 'Rp 50.000',
    'pl-netProfit': 'Rp 900.000',
    'pl-netProfit-change': '+Rp 100.000 (+12,5%)',
    'cf-openingBalance': 'Rp 2.600.000',
    'cf-investing': '-Rp 400.000',
    'cf-closingBalance': 'Rp 3.100.000',
  });
  await page.getByRole('button', { name: /Pendapatan usaha/ }).click();
  await page.getByRole('button', { name: /Penjualan/ }).click();
  const sales = page.getByRole('group', { name: 'Catatan Penjualan' });
  await expect(sales.locator('.entry-row')).toHaveCount(2);
  await expect(sales.locator('.entry-row').first()).toContainText('18 Mar');
  await expect(sales.locator('.entry-row').first()).toContainText('Rp 450.000');
  await expectNoSeriousA11yViolations(page);

  // This year: the month-by-month table and the monthly chart appear.
  await page.getByText('Tahun ini', { exact: true }).click();
  await expect(page.getByTestId('report-period')).toHaveText('1 Jan 2026 – 31 Des 2026');
  await expectFigures(page, {
    'pl-revenue': 'Rp 2.750.000',
    'pl-cogs': 'Rp 900.000',
    'pl-grossProfit': 'Rp 1.850.000',
    'pl-operatingExpenses': 'Rp 100.000',
    'pl-operatingProfit': 'Rp 1.750.000',
    'pl-otherExpenses': 'Rp 50.000',
    'pl-netProfit': 'Rp 1.700.000',
    'cf-operating': 'Rp 1.700.000',
    'cf-investing': '-Rp 400.000',
    'cf-financing': 'Rp 1.800.000',
    'cf-closingBalance': 'Rp 3.100.000',
    'report-counts': '10 catatan · 0 pindah dana',
  });
  const rows = page.getByTestId('month-table').locator('tbody tr');
  // Only the months the book has reached: no empty January before it began, nothing after March.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Februari 2026');
  await expect(rows.nth(0).locator('td').nth(4)).toHaveText('800.000');
  await expect(rows.nth(1).locator('td').nth(4)).toHaveText('900.000');
  await expect(rows.nth(1).locator('td').nth(7)).toHaveText('3.100.000');
  await expect(page.getByText('Geser tabel ke samping untuk melihat 8 kolom.')).toBeVisible();
  await expect(
    page.getByRole('figure', { name: 'Pendapatan, biaya dan laba bersih per bulan' }),
  ).toBeVisible();
  await expect(page.getByTestId('cf-account')).toHaveText(['KasRp 3.100.000']);
  await expectNoSeriousA11yViolations(page);

  // A chosen month that has nothing in it.
  await page.getByText('Pilih bulan', { exact: true }).click();
  await page.getByLabel('Bulan', { exact: true }).fill('2026-01');
  await expect(page.getByTestId('report-period')).toHaveText('1 Jan 2026 – 31 Jan 2026');
  await expect(page.getByTestId('pl-netProfit')).toHaveText('Rp 0');

  expect(app.consoleErrors).toEqual([]);
  expect(app.cspViolations).toEqual([]);
});

test('five menu items fit a 360 px screen with thumb-sized targets', async ({ app }) => {
  const page = app.page;
  await createBook(page, { name: 'Kios Mama Yuli', owner: 'Yuliana' });
  const links = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link');
  await expect(links).toHaveCount(5);
  for (const box of await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.right).toBeLessThanOrEqual(360);
  }
});

/** Writes entries straight into the app's IndexedDB as a fixture (the UI would take minutes for 600). */
async function seedEntries(page: Page, count: number) {
  await page.evaluate(async (total) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('lumbung');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    const [book] = await all<{ id: string }>('books');
    const categories = await all<{ id: string; name: string }>('categories');
    const [kas] = await all<{ id: string }>('accounts');
    const sale = categories.find((c) => c.name === 'Penjualan');
    const tx = db.transaction('entries', 'readwrite');
    for (let i = 0; i < total; i++) {
      const day = new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 10))).toISOString().slice(0, 10);
      const at = new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 10), 1, i % 10)).toISOString();
      tx.objectStore('entries').add({
        id: `seed-${String(i).padStart(4, '0')}`,
        bookId: book?.id,
        date: day,
        direction: 'in',
        amount: 1000 + i,
        categoryId: sale?.id,
        accountId: kas?.id,
        note: `jual ${i}`,
        counterparty: '',
        recordedAt: at,
        updatedAt: at,
        source: 'import',
        voided: false,
      });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, count);
}

test('the ledger keeps at most 200 rows on screen while scrolling through the whole book and back', async ({
  app,
}) => {
  const page = app.page;
  await page.clock.setFixedTime(NOW);
  await createBook(page, { name: 'Kios Mama Yuli', owner: 'Yuliana' });
  await seedEntries(page, 600);
  await page.reload();
  await page.getByRole('link', { name: 'Buku kas' }).click();
  await expect(page.getByText('jual 599 · Kas', { exact: true })).toBeVisible();

  const rows = () => page.locator('.entry-row').count();
  let most = 0;
  for (
    let step = 0;
    step < 80 && !(await page.getByText('jual 0 · Kas', { exact: true }).isVisible());
    step++
  ) {
    await page.mouse.wheel(0, 2500);
    await page.waitForTimeout(150);
    most = Math.max(most, await rows());
  }
  await expect(page.getByText('jual 0 · Kas', { exact: true })).toBeVisible();
  expect(most).toBeLessThanOrEqual(200);
  expect(most).toBeGreaterThanOrEqual(150);
  await expect(page.getByText('jual 599 · Kas', { exact: true })).toHaveCount(0);

  for (
    let step = 0;
    step < 120 && (await page.getByText('jual 599 · Kas', { exact: true }).count()) === 0;
    step++
  ) {
    await page.mouse.wheel(0, -2500);
    await page.waitForTimeout(150);
    most = Math.max(most, await rows());
  }
  await expect(page.getByText('jual 599 · Kas', { exact: true })).toBeVisible();
  expect(most).toBeLessThanOrEqual(200);
});
