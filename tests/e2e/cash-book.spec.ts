import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, MEMBER_MARIA, record } from '../support/e2e/book';

test('a member records, edits and voids entries, and the book survives a restart', async ({ app }) => {
  let page = app.page;
  await createBook(page, MEMBER_MARIA);
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByText('Belum ada catatan hari ini')).toBeVisible();

  // A sale, then an expense: the amount is formatted as it is typed.
  await page.getByRole('link', { name: 'Uang masuk' }).click();
  await expectNoSeriousA11yViolations(page);
  const amount = page.getByLabel('Jumlah');
  await amount.pressSequentially('1250000');
  await expect(amount).toHaveValue('1.250.000');
  await page.getByText('Penjualan', { exact: true }).click();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status')).toContainText('Tersimpan: Rp 1.250.000 · Penjualan');
  await expect(page.getByTestId('today-in')).toHaveText('Rp 1.250.000');

  await record(page, 'Uang keluar', '300000', 'Belanja stok/bahan');
  await expect(page.getByTestId('today-out')).toHaveText('Rp 300.000');
  await expect(page.getByTestId('today-profit')).toHaveText('Rp 950.000');
  await expect(page.getByTestId('month-profit')).toHaveText('Rp 950.000');

  // Household drawings move cash but are not a cost of the business.
  await record(page, 'Uang keluar', '100000', 'Prive');
  await expect(page.getByTestId('today-profit')).toHaveText('Rp 950.000');
  await expect(page.getByTestId('today-out')).toHaveText('Rp 300.000');
  await expect(page.getByTestId('today-other-out')).toContainText('Rp 100.000');
  await expect(page.getByTestId('balance-total')).toHaveText('Rp 850.000');
  await expectNoSeriousA11yViolations(page);

  // Edit the expense: 300.000 → 350.000.
  await page.getByRole('link', { name: /Belanja stok\/bahan/ }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Ubah' }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Jumlah').fill('350000');
  await page.getByLabel('Alasan perubahan').fill('salah ketik');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.locator('.big-figure')).toHaveText('-Rp 350.000');

  // Void it with a reason; the history shows the creation, the edit and the void.
  await page.getByRole('button', { name: 'Batalkan catatan' }).click();
  await page.getByLabel('Alasan pembatalan').fill('dobel dicatat');
  await page.getByRole('button', { name: 'Batalkan catatan ini' }).click();
  await expect(page.getByRole('note').getByText('Alasan: dobel dicatat', { exact: true })).toBeVisible();
  const history = page.locator('ol.history > li');
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText('Dicatat');
  await expect(history.nth(1)).toContainText('Diubah');
  await expect(history.nth(1)).toContainText('jumlah: Rp 300.000 → Rp 350.000');
  await expect(history.nth(1)).toContainText('Alasan: salah ketik');
  await expect(history.nth(2)).toContainText('Dibatalkan');
  await expect(history.nth(2)).toContainText('Alasan: dobel dicatat');
  await expectNoSeriousA11yViolations(page);

  // The voided entry counts nowhere.
  await page.getByRole('link', { name: 'Beranda' }).click();
  await expect(page.getByTestId('today-out')).toHaveText('Rp 0');
  await expect(page.getByTestId('today-other-out')).toContainText('Rp 100.000');
  await expect(page.getByTestId('today-profit')).toHaveText('Rp 1.250.000');

  // The ledger groups the day with its totals and still shows the voided entry as voided.
  await page.getByRole('link', { name: 'Buku kas' }).click();
  await expect(page.getByText('Masuk 1.250.000 · Keluar 100.000')).toBeVisible();
  await expect(page.locator('.entry-row.voided')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  // Close the browser and open the same profile again: everything is still there.
  page = await app.relaunch('/');
  await expect(page.getByTestId('today-in')).toHaveText('Rp 1.250.000');
  await expect(page.getByTestId('today-out')).toHaveText('Rp 0');
  await expect(page.getByTestId('balance-total')).toHaveText('Rp 1.150.000');
  await page.getByRole('link', { name: 'Buku kas' }).click();
  await expect(page.locator('.entry-row')).toHaveCount(3);

  expect(app.consoleErrors).toEqual([]);
  expect(app.cspViolations).toEqual([]);
});

test('a transfer moves money between accounts without changing the total', async ({ app }) => {
  const page = app.page;
  await createBook(page, MEMBER_MARIA);
  await record(page, 'Uang masuk', '500000', 'Penjualan');

  await page.getByRole('link', { name: 'Kelola' }).click();
  await page.getByLabel('Nama akun').fill('BRI');
  await page.getByText('Bank', { exact: true }).click();
  await page.getByRole('button', { name: 'Tambah akun' }).click();
  await expect(page.locator('.manage-list').getByText('BRI')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Beranda' }).click();
  await page.getByRole('link', { name: 'Pindah dana' }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Jumlah').fill('200000');
  await page.getByRole('button', { name: 'Setor ke bank' }).click();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status')).toContainText('Tersimpan: pindah Rp 200.000');

  const balances = page.locator('.balances');
  await expect(balances.locator('li', { hasText: 'Kas' })).toContainText('Rp 300.000');
  await expect(balances.locator('li', { hasText: 'BRI' })).toContainText('Rp 200.000');
  await expect(page.getByTestId('balance-total')).toHaveText('Rp 500.000');
  await expect(page.getByTestId('today-profit')).toHaveText('Rp 500.000');
});

test('the member can switch the app to English and back', async ({ app }) => {
  const page = app.page;
  await createBook(page, MEMBER_MARIA);
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('link', { name: 'Money in' })).toBeVisible();
  await expect(page.getByText('Net profit this month')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The choice is remembered across a restart.
  const again = await app.relaunch('/');
  await expect(again.getByRole('link', { name: 'Money out' })).toBeVisible();
  await again.getByRole('link', { name: 'Settings' }).click();
  await again.getByText('Bahasa Indonesia', { exact: true }).click();
  await expect(again.getByRole('heading', { name: 'Pengaturan' })).toBeVisible();
});

test('a category is added with its kind asked in plain words, and managed', async ({ app }) => {
  const page = app.page;
  await createBook(page, MEMBER_MARIA);
  await page.getByRole('link', { name: 'Uang keluar' }).click();
  await page.getByLabel('Jumlah').fill('45000');
  await page.getByRole('button', { name: '+ Kategori baru' }).click();
  await page.getByLabel('Nama kategori').fill('Bensin motor');
  await page.getByText('Biaya usaha (listrik, transport, gaji, sewa…)').click();
  await page.getByRole('button', { name: 'Tambah kategori' }).click();
  await expect(page.getByLabel('Bensin motor')).toBeChecked();
  await page.getByRole('button', { name: 'Simpan' }).click();
  // The book has no cash yet: spending it is saved once the member confirms.
  await expect(page.getByRole('alert')).toContainText('Kas');
  await page.getByRole('button', { name: 'Ya, simpan' }).click();
  await expect(page.getByRole('status')).toContainText('Bensin motor');
  await expect(page.getByTestId('month-profit')).toHaveText('-Rp 45.000');
});
