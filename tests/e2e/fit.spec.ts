import type { Page } from '@playwright/test';
import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, importCsv, openDataScreen } from '../support/e2e/book';
import { fullBookCsv, LONG_BOOK_NAME } from '../support/e2e/full-book';
import { layoutProblems } from '../support/e2e/layout';
import { setPin } from '../support/e2e/lock';
import { addProducts, LONG_PRODUCTS } from '../support/e2e/products';

// A member's phone is narrow: no screen may scroll sideways or offer a target too small for a
// thumb, even with the longest names, thirteen-digit amounts and a year of entries.
const NOW = new Date('2026-11-20T10:00:00+08:00');
const PHONES = [
  { width: 320, height: 640 },
  { width: 360, height: 740 },
] as const;

/** Opens a route and waits for its main heading (and its figures, where the screen loads them). */
async function open(page: Page, hash: string, heading: string | RegExp | null, ready?: RegExp) {
  await page.goto(`/${hash}`);
  if (ready) await expect(page.getByText(ready).first()).toBeVisible();
  if (heading === null) await expect(page.getByTestId('today-in')).toBeVisible();
  else await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
  await expect(page.getByText('Memuat…')).toHaveCount(0);
}

test('every screen fits 320 and 360 px phones with a full book, long names and huge amounts', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const page = app.page;
  await page.clock.setFixedTime(NOW);
  await createBook(page, { name: LONG_BOOK_NAME, owner: 'Maria Goreti Bunga Tanjung Wulan Sari Dewi' });
  await openDataScreen(page);
  await importCsv(page, 'setahun.csv', fullBookCsv());
  await page.goto('/#/kelola');
  await addProducts(page, LONG_PRODUCTS);

  await page.goto('/#/buku');
  await page
    .getByRole('link', { name: /Penjualan/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/catatan\//);
  const entryHash = new URL(page.url()).hash;
  await page.goto('/#/buku');
  await page
    .getByRole('link', { name: /setor ke bank/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/pindah\//);
  const transferHash = new URL(page.url()).hash;

  const screens: Array<[string, string | RegExp | null, RegExp?]> = [
    ['#/', null],
    ['#/catat/masuk', 'Uang masuk', /Kain tenun ikat/],
    ['#/catat/keluar', 'Uang keluar'],
    ['#/pindah', 'Pindah dana'],
    [transferHash, 'Rincian pindah dana'],
    ['#/buku', 'Buku kas', /kontrak kedua/],
    [entryHash, 'Rincian catatan'],
    [`${entryHash}/ubah`, 'Ubah catatan'],
    ['#/kelola', 'Kelola', /Sarung tenun Lio/],
    ['#/pengaturan', 'Pengaturan'],
    ['#/usaha-baru', /usaha/i],
    ['#/laporan', 'Laporan'],
    ['#/data', 'Cadangan & impor'],
    ['#/pinjaman', /pinjaman/i],
    ['#/periksa', /Periksa/],
    ['#/stok', 'Hitung stok'],
    ['#/saldo-awal', 'Saldo awal'],
  ];
  const found: string[] = [];
  for (const phone of PHONES) {
    await page.setViewportSize(phone);
    for (const [hash, heading, ready] of screens) {
      await open(page, hash, heading, ready);
      found.push(...(await layoutProblems(page)).map((p) => `${phone.width}px ${hash}: ${p}`));
    }
    // The year's report, with its month table.
    await open(page, '#/laporan', 'Laporan');
    await page.getByText('Tahun ini', { exact: true }).click();
    await expect(page.getByTestId('month-table')).toBeVisible();
    found.push(...(await layoutProblems(page)).map((p) => `${phone.width}px year report: ${p}`));
  }
  expect(found, found.join('\n')).toEqual([]);
});

test('the changed screens pass axe with a full book', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await page.clock.setFixedTime(NOW);
  await createBook(page, { name: LONG_BOOK_NAME });
  await openDataScreen(page);
  await importCsv(page, 'setahun.csv', fullBookCsv());
  await page.goto('/#/kelola');
  await addProducts(page, LONG_PRODUCTS);
  for (const [hash, heading] of [
    ['#/', null],
    ['#/catat/masuk', 'Uang masuk'],
    ['#/kelola', 'Kelola'],
    ['#/data', 'Cadangan & impor'],
    ['#/pindah', 'Pindah dana'],
    ['#/buku', 'Buku kas'],
    ['#/pinjaman', /pinjaman/i],
    ['#/stok', 'Hitung stok'],
    ['#/saldo-awal', 'Saldo awal'],
  ] as const) {
    await open(page, hash, heading);
    await expectNoSeriousA11yViolations(page);
  }
  await open(page, '#/laporan', 'Laporan');
  await page.getByText('Tahun ini', { exact: true }).click();
  await expect(page.getByTestId('month-table')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the lock’s screens fit a 320 px phone and pass axe', async ({ app }) => {
  const page = app.page;
  await page.setViewportSize(PHONES[0]);
  await createBook(page, { name: LONG_BOOK_NAME });
  await page.goto('/#/pengaturan');
  await page.getByRole('region', { name: 'Kunci PIN' }).getByRole('button', { name: 'Pasang PIN' }).click();
  const found: string[] = [];
  const check = async (where: string) => {
    found.push(...(await layoutProblems(page)).map((p) => `${where}: ${p}`));
    await expectNoSeriousA11yViolations(page);
  };
  await check('setting the PIN');
  await page.getByRole('button', { name: 'Batal' }).click();
  await setPin(page, '135790');
  await check('settings with the lock');
  await page.getByText('Langsung', { exact: true }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Buku terkunci' })).toBeVisible();
  await check('lock screen');
  await page.getByRole('button', { name: 'Lupa PIN?' }).click();
  await check('recovery code');
  await page.getByRole('button', { name: 'Hapus kunci dan pulihkan' }).click();
  await expect(page.getByRole('heading', { name: 'Hapus kunci dan pulihkan' })).toBeVisible();
  await check('remove the lock and restore');
  expect(found, found.join('\n')).toEqual([]);
});

test('stock counts, opening items and the neraca fit a 320 px phone with huge amounts and pass axe', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  await page.clock.setFixedTime(NOW);
  await page.setViewportSize(PHONES[0]);
  await createBook(page, { name: LONG_BOOK_NAME });
  const found: string[] = [];
  const check = async (where: string) => {
    found.push(...(await layoutProblems(page)).map((p) => `${where}: ${p}`));
    await expectNoSeriousA11yViolations(page);
  };
  await check('home asking for opening items');
  await open(page, '#/saldo-awal', 'Saldo awal');
  const stock = page.getByRole('region', { name: 'Stok awal' });
  await stock.getByLabel('Tanggal mulai buku').fill('2026-07-01');
  await stock.getByLabel('Nilai stok (harga beli)').fill('8888888888888');
  await stock.getByRole('button', { name: 'Simpan stok awal' }).click();
  await expect(stock.getByRole('link')).toBeVisible();
  const owed = page.getByRole('region', { name: 'Piutang awal' });
  await owed.getByLabel('Nama pelanggan').fill('Maria Goreti Bunga Tanjung Wulan Sari Dewi Kusumawardhani');
  await owed.getByLabel('Utangnya kepada usaha').fill('9999999999999');
  await owed.getByLabel('Tanggal', { exact: true }).fill('2026-07-01');
  await owed.getByLabel('Jatuh tempo (boleh kosong)').fill('2026-08-01');
  await owed.getByRole('button', { name: 'Tambah piutang awal' }).click();
  await expect(owed.getByText(/Kusumawardhani/)).toBeVisible();
  await check('opening items');
  await open(page, '#/stok', 'Hitung stok');
  await check('stock counts');
  await page.getByRole('region', { name: 'Hitungan sebelumnya' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Rincian hitungan stok', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Ubah hitungan' }).click();
  await check('a stock count being corrected');
  await open(page, '#/laporan', 'Laporan');
  await expect(page.getByTestId('neraca-check')).toBeVisible();
  await page
    .getByRole('button', { name: /Lewat 61–90 hari|Lewat lebih dari 90 hari|Lewat 31–60 hari/ })
    .first()
    .click();
  await check('reports with the neraca and the aging open');
  expect(found, found.join('\n')).toEqual([]);
});

test('the contact screens, a sale’s debt card, stock counts and opening items fit 320 and 360 px phones with long names and huge amounts, and pass axe', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const page = app.page;
  await page.clock.setFixedTime(NOW);
  await createBook(page, { name: LONG_BOOK_NAME });
  const addContactNamed = async (name: string) => {
    await page.goto('/#/kontak/baru');
    await page.getByLabel('Nama').fill(name);
    await page.getByLabel(/Nomor WhatsApp/).fill('0812-3456-7890');
    await page.getByRole('button', { name: 'Simpan kontak' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    return new URL(page.url()).hash;
  };
  // The longest a contact's name may be (60), with one word too long for a narrow line.
  const longName = 'Maria Goreti Bunga Wulan Dewi KusumawardhaniPurnamasariTjia';
  const contactHash = await addContactNamed(longName);
  /** Records a sale on credit to a contact found by part of its name, sold and due on the days given. */
  const sellOnCredit = async (sale: {
    amount: string;
    paid?: string;
    to: string;
    date: string;
    due: string;
  }) => {
    await page.goto('/#/catat/masuk');
    await page.getByLabel('Jumlah').fill(sale.amount);
    await page.getByText('Belum lunas', { exact: true }).click();
    await page.getByLabel('Nama kontak').fill(sale.to.split(' ')[0] ?? '');
    await page.getByText(sale.to, { exact: true }).click();
    if (sale.paid) await page.getByLabel(/Dibayar sekarang/).fill(sale.paid);
    await page.getByLabel('Tanggal', { exact: true }).fill(sale.date);
    await page.getByLabel(/Jatuh tempo/).fill(sale.due);
    await page.getByRole('button', { name: 'Simpan' }).click();
  };
  // Sold in October, due on 1 November: overdue today.
  await sellOnCredit({
    amount: '9999999999999',
    paid: '1111111111111',
    to: longName,
    date: '2026-10-01',
    due: '2026-11-01',
  });
  await expect(page.getByTestId('owed-to-shop')).toHaveText('Rp 8.888.888.888.888');
  await page.goto(`/${contactHash}`);
  await page.getByRole('link', { name: 'Terima pembayaran' }).click();
  await page.getByLabel('Jumlah').fill('2222222222222');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('contact-receivable')).toHaveText('Rp 6.666.666.666.666');
  const settledName = 'Yohanes Don Bosco Kusumawardhani Purnamasari Wangge';
  const settledHash = await addContactNamed(settledName);
  // A second credit sale, paid off later: its detail says Lunas.
  await sellOnCredit({
    amount: '7777777777777',
    to: settledName,
    date: '2026-10-05',
    due: '2026-12-31',
  });
  await expect(page.getByText('Tersimpan: Rp 7.777.777.777.777 · Penjualan')).toBeVisible();
  await page.goto(`/#/lunasi/terima${settledHash.slice('#/kontak'.length)}`);
  await expect(page.getByText('Yang masih harus dibayar: Rp 7.777.777.777.777')).toBeVisible();
  await page.getByLabel('Jumlah').fill('7777777777777');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: settledName })).toBeVisible();
  await expect(page.getByTestId('contact-receivable')).toHaveText('Rp 0');
  const saleOf = async (hash: string) => {
    await page.goto(`/${hash}`);
    const link = page.getByRole('region', { name: 'Riwayat' }).getByRole('link', { name: /Penjualan/ });
    return String(await link.getAttribute('href'));
  };
  const owingSale = await saleOf(contactHash);
  const settledSale = await saleOf(settledHash);
  await page.getByRole('button', { name: 'Sembunyikan kontak' }).click();
  await expect(page.getByText(/disembunyikan dari daftar/)).toBeVisible();

  const found: string[] = [];
  const check = async (where: string) => {
    found.push(...(await layoutProblems(page)).map((p) => `${where}: ${p}`));
    await expectNoSeriousA11yViolations(page);
  };
  for (const phone of PHONES) {
    await page.setViewportSize(phone);
    const at = (where: string) => `${phone.width}px ${where}`;
    await open(page, '#/kontak', 'Pelanggan & pemasok', /Kusumawardhani/);
    await check(at('contacts'));
    await page.getByRole('button', { name: /Kontak tersembunyi/ }).click();
    await expect(page.getByRole('heading', { name: 'Kontak tersembunyi' })).toBeVisible();
    await check(at('hidden contacts'));
    await open(page, contactHash, longName, /6\.666\.666/);
    await check(at('contact page'));
    await page
      .getByRole('region', { name: 'Riwayat' })
      .getByRole('button', { name: /Terima pembayaran/ })
      .click();
    await check(at('a settlement being corrected'));
    await open(page, `#/lunasi/terima${contactHash.slice('#/kontak'.length)}`, 'Terima pembayaran');
    await check(at('collect'));
    await open(page, `${contactHash}/ubah`, 'Ubah kontak');
    await check(at('contact form'));
    for (const [sale, owed] of [
      [owingSale, 'Rp 6.666.666.666.666'],
      [settledSale, 'Lunas'],
    ] as const) {
      await page.goto(`/${sale}`);
      const debt = page.getByRole('region', { name: 'Utang-piutang' });
      await expect(debt.getByTestId('entry-owed')).toHaveText(owed);
      await expect(debt.getByRole('link', { name: /Kusumawardhani/ })).toBeVisible();
      await check(at(`the debt card of a sale ${owed === 'Lunas' ? 'paid off' : 'overdue'}`));
    }
    await open(page, '#/stok', 'Hitung stok');
    await check(at('stock counts'));
    await open(page, '#/saldo-awal', 'Saldo awal');
    await check(at('opening items'));
  }
  expect(found, found.join('\n')).toEqual([]);
});
