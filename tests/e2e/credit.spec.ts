import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook } from '../support/e2e/book';

test('a credit sale, its WhatsApp reminder, the collection and its void, and the figures on home, the sale and the contact page', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00+08:00'));
  await createBook(page);

  // A contact with a WhatsApp number, from Kelola.
  await page.goto('/#/kontak/baru');
  await page.getByLabel('Nama').fill('Bu Sri Wahyuni');
  await page.getByLabel(/Nomor WhatsApp/).fill('0812-3456-7890');
  await page.getByRole('button', { name: 'Simpan kontak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bu Sri Wahyuni' })).toBeVisible();

  // A sale of Rp 50.000 on credit, Rp 10.000 paid now, due in a week.
  await page.goto('/#/catat/masuk');
  await page.getByLabel('Jumlah').fill('50000');
  await page.getByText('Belum lunas', { exact: true }).click();
  await page.getByLabel('Nama kontak').fill('Sri');
  await page.getByText('Bu Sri Wahyuni', { exact: true }).click();
  await page.getByLabel(/Dibayar sekarang/).fill('10000');
  await page.getByLabel(/Jatuh tempo/).fill('2026-11-27');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('owed-to-shop')).toHaveText('Rp 40.000');
  await expect(page.getByTestId('today-in')).toHaveText('Rp 50.000');
  await expectNoSeriousA11yViolations(page);

  // The reminder opens wa.me with the business, the amount and the due date; nothing leaves localhost.
  await page.getByTestId('owed-to-shop').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pelanggan & pemasok' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: /Bu Sri Wahyuni/ }).click();
  await expect(page.getByTestId('contact-receivable')).toHaveText('Rp 40.000');
  const remind = page.getByRole('link', { name: 'Ingatkan lewat WhatsApp' });
  const url = new URL((await remind.getAttribute('href')) ?? '');
  expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/6281234567890');
  const text = url.searchParams.get('text') ?? '';
  expect(text).toContain('Warung Maria');
  expect(text).toContain('Rp 40.000');
  expect(text).toContain('27 November 2026');
  await expectNoSeriousA11yViolations(page);

  // Collecting more than is owed is refused with the amount; Rp 15.000 is taken.
  await page.getByRole('link', { name: 'Terima pembayaran' }).click();
  await page.getByLabel('Jumlah').fill('45000');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Paling banyak Rp 40.000: itu yang masih harus dibayar.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Jumlah').fill('15000');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('contact-receivable')).toHaveText('Rp 25.000');

  // The sale's detail shows the contact, what was paid then and what is left of it.
  const history = page.getByRole('region', { name: 'Riwayat' });
  await history.getByRole('link', { name: /Penjualan/ }).click();
  const debt = page.getByRole('region', { name: 'Utang-piutang' });
  await expect(debt.getByTestId('entry-owed')).toHaveText('Rp 25.000');
  await debt.getByRole('link', { name: 'Bu Sri Wahyuni' }).click();

  // Voiding the collection brings the debt back; the history keeps it, marked voided.
  await history.getByRole('button', { name: /Terima pembayaran/ }).click();
  await history.getByRole('button', { name: 'Batalkan catatan' }).click();
  await history.getByLabel('Alasan pembatalan').fill('uangnya belum diterima');
  await history.getByRole('button', { name: 'Batalkan catatan ini' }).click();
  await expect(page.getByTestId('contact-receivable')).toHaveText('Rp 40.000');
  await expect(history.getByText(/dibatalkan/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto('/#/');
  await expect(page.getByTestId('owed-to-shop')).toHaveText('Rp 40.000');
  await expect(page.getByTestId('balance-total')).toHaveText('Rp 10.000');
});
