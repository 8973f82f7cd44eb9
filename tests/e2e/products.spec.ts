import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook } from '../support/e2e/book';
import { countTaps, tapsSoFar } from '../support/e2e/products';

test('a product kept in Kelola makes a sale in four taps from home, quantity × price', async ({ app }) => {
  const page = app.page;
  await createBook(page);
  await page.getByRole('link', { name: 'Kelola' }).click();
  const products = page.getByRole('region', { name: 'Barang dagangan' });
  await products.getByLabel('Nama barang').fill('Kopi susu');
  await products.getByLabel('Harga').fill('8000');
  await products.getByRole('button', { name: 'Tambah barang' }).click();
  await expect(products.getByText('Kopi susu')).toBeVisible();
  await expect(products.getByText('Rp 8.000')).toBeVisible();
  // A second product with the same name, in other letters, is refused in words.
  await products.getByLabel('Nama barang').fill('KOPI SUSU');
  await products.getByLabel('Harga').fill('9000');
  await products.getByRole('button', { name: 'Tambah barang' }).click();
  await expect(products.getByRole('alert')).toHaveText('Sudah ada barang dengan nama ini.');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Beranda' }).click();
  await expect(page.getByTestId('today-in')).toBeVisible();
  await countTaps(page);
  // Tap 1: money in. Taps 2 and 3: the chip twice. Tap 4: save.
  await page.getByRole('link', { name: 'Uang masuk', exact: true }).click();
  const chip = page.getByRole('button', { name: /Kopi susu/ });
  await chip.click();
  await expect(page.getByLabel('Jumlah')).toHaveValue('8.000');
  await chip.click();
  await expect(chip).toHaveText(/2 × Kopi susu/);
  await expect(page.getByLabel('Jumlah')).toHaveValue('16.000');
  // The form's end in view, as the member sees it before saving (not half under the bottom bar).
  await page.getByRole('button', { name: 'Simpan' }).scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tersimpan: Rp 16.000' })).toBeVisible();
  await expect(page.getByTestId('today-in')).toHaveText('Rp 16.000');
  // Counted by the page itself: from home to saved, at most five taps (#14's target), here four.
  expect(await tapsSoFar(page)).toBe(4);

  // The note says what was sold, and money out offers no products.
  await page.getByRole('link', { name: 'Buku kas' }).click();
  await expect(page.getByText('2 × Kopi susu')).toBeVisible();
  await page.goto('/#/catat/keluar');
  await expect(page.getByLabel('Jumlah')).toBeVisible();
  await expect(page.getByRole('button', { name: /Kopi susu/ })).toHaveCount(0);
});
