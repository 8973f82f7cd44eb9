import type { Page } from '@playwright/test';
import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, record } from '../support/e2e/book';

// 20 March 2026 (WITA). The shop starts its book on 1 March with stock, money and debts.
const NOW = new Date('2026-03-20T10:00:00+08:00');

async function expectFigures(page: Page, figures: Record<string, string>) {
  for (const [testId, text] of Object.entries(figures))
    await expect(page.getByTestId(testId)).toHaveText(text);
}

test('opening items on first start, a purchase and a stock count make HPP, and the neraca balances', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  await page.clock.setFixedTime(NOW);
  await createBook(page, { name: 'Toko Pak Anton', owner: 'Antonius' });

  // First start asks plainly whether the shop already has stock, money and debts.
  await expect(page.getByRole('heading', { name: 'Usaha ini sudah berjalan?' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Isi saldo awal' }).click();
  await expect(page.getByRole('heading', { name: 'Saldo awal', level: 1 })).toBeVisible();

  const stock = page.getByRole('region', { name: 'Stok awal' });
  await stock.getByLabel('Tanggal mulai buku').fill('2026-03-01');
  await stock.getByLabel('Nilai stok (harga beli)').fill('2000000');
  await stock.getByRole('button', { name: 'Simpan stok awal' }).click();
  await expect(stock.getByRole('link', { name: /2\.000\.000/ })).toBeVisible();

  const cash = page.getByRole('region', { name: 'Uang awal' });
  await cash.getByLabel('Jumlah uang').fill('500000');
  await cash.getByLabel('Tanggal').fill('2026-03-01');
  await cash.getByRole('button', { name: 'Simpan uang awal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'uang awal Rp 500.000' })).toBeVisible();

  const owed = page.getByRole('region', { name: 'Piutang awal' });
  await owed.getByLabel('Nama pelanggan').fill('Bu Sari');
  await owed.getByLabel('Utangnya kepada usaha').fill('300000');
  await owed.getByLabel('Tanggal', { exact: true }).fill('2026-03-01');
  await owed.getByLabel('Jatuh tempo (boleh kosong)').fill('2026-03-10');
  await owed.getByRole('button', { name: 'Tambah piutang awal' }).click();
  await expect(owed.getByText('Bu Sari')).toBeVisible();

  const owing = page.getByRole('region', { name: 'Utang awal', exact: true });
  await owing.getByLabel('Nama pemasok').fill('Toko Jaya');
  await owing.getByLabel('Utang usaha kepadanya').fill('400000');
  await owing.getByLabel('Tanggal', { exact: true }).fill('2026-03-01');
  await owing.getByRole('button', { name: 'Tambah utang awal' }).click();
  await expect(owing.getByText('Toko Jaya')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Selesai' }).click();

  // The question is answered; home goes on as before.
  await expect(page.getByTestId('today-in')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Usaha ini sudah berjalan?' })).toHaveCount(0);
  await record(page, 'Uang masuk', '1500000', 'Penjualan', { date: '2026-03-04' });
  await record(page, 'Uang keluar', '1000000', 'Belanja stok/bahan', { date: '2026-03-05' });

  // A stock count from Settings.
  await page.goto('/#/pengaturan');
  await page.getByRole('link', { name: 'Hitung stok' }).click();
  await expect(page.getByRole('heading', { name: 'Hitung stok', level: 1 })).toBeVisible();
  await page.getByLabel('Dihitung pada akhir hari').fill('2026-03-15');
  await page.getByLabel('Nilai stok (harga beli)').fill('1800000');
  await page.getByRole('button', { name: 'Simpan hitungan' }).click();
  const counts = page.getByRole('region', { name: 'Hitungan sebelumnya' });
  await expect(counts.getByRole('link')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);

  // This month: HPP = 1.000.000 bought + 2.000.000 opening − 1.800.000 closing = 1.200.000.
  await page.getByRole('link', { name: 'Laporan', exact: true }).click();
  await expect(page.getByTestId('report-period')).toHaveText('1 Mar 2026 – 31 Mar 2026');
  await expectFigures(page, {
    'pl-revenue': 'Rp 1.500.000',
    'pl-purchases': 'Rp 1.000.000',
    'pl-openingInventory': 'Rp 2.000.000',
    'pl-closingInventory': 'Rp 1.800.000',
    'pl-cogs': 'Rp 1.200.000',
    'pl-grossProfit': 'Rp 300.000',
    'pl-netProfit': 'Rp 300.000',
    // Cash only: 500.000 brought in, 1.000.000 paid for goods, 1.500.000 from the sale.
    'cf-closingBalance': 'Rp 1.000.000',
  });

  // Neraca on 20 March beside the end of February (the opening stock stands for 28 February).
  await expectFigures(page, {
    'neraca-cash': '1.000.000',
    'neraca-receivables': '300.000',
    'neraca-inventory': '1.800.000',
    'neraca-totalAssets': '3.100.000',
    'neraca-payables': '400.000',
    'neraca-totalLiabilities': '400.000',
    'neraca-paidInCapital': '2.400.000',
    'neraca-retainedEarnings': '300.000',
    'neraca-totalEquity': '2.700.000',
    'neraca-before-cash': '0',
    'neraca-before-inventory': '2.000.000',
    'neraca-before-totalAssets': '2.000.000',
    'neraca-before-paidInCapital': '2.000.000',
    'neraca-before-totalEquity': '2.000.000',
    'neraca-check': 'Seimbang: total aset sama dengan total liabilitas dan ekuitas.',
  });

  // Bu Sari's 300.000 fell due on 10 March: 10 days late. Toko Jaya's has no due date.
  await expectFigures(page, {
    'aging-receivable-days1to30': 'Rp 300.000',
    'aging-receivable-notDue': 'Rp 0',
    'aging-payable-notDue': 'Rp 400.000',
  });
  await page.getByRole('button', { name: /Lewat 1–30 hari/ }).click();
  await expect(
    page.getByRole('region', { name: 'Piutang dan utang menurut umur' }).getByText('Bu Sari'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The neraca at another day: 4 March, after the sale and before the purchase.
  await page.getByLabel('Posisi pada tanggal').fill('2026-03-04');
  await expectFigures(page, {
    'neraca-cash': '2.000.000',
    'neraca-inventory': '2.000.000',
    'neraca-retainedEarnings': '1.500.000',
    'neraca-totalAssets': '4.300.000',
    'neraca-check': 'Seimbang: total aset sama dengan total liabilitas dan ekuitas.',
  });
});
