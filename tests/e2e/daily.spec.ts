import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, record } from '../support/e2e/book';

test('today counts sales as income, capital apart, and a sale just saved can be undone', async ({ app }) => {
  const page = app.page;
  await createBook(page);
  await record(page, 'Uang masuk', '5000000', 'Setoran modal');
  await record(page, 'Uang masuk', '150000', 'Penjualan');

  // The capital paid in is not income: it is said apart, beneath the day's figures.
  await expect(page.getByTestId('today-in')).toHaveText('Rp 150.000');
  await expect(page.getByTestId('today-profit')).toHaveText('Rp 150.000');
  await expect(page.getByTestId('today-other-in')).toContainText('Rp 5.000.000');

  // The confirmation waits at the top with its undo; undoing voids the sale, which stays in history.
  const toast = page.getByRole('status').filter({ hasText: 'Tersimpan: Rp 150.000' });
  await expect(toast).toBeVisible();
  // On a 360 × 740 phone it lies over nothing the home screen needs: no field, button, link or
  // figure shares its place, and it stays inside the screen.
  const box = (await toast.boundingBox()) ?? { x: -1, y: -1, width: 0, height: 0 };
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.width).toBeGreaterThan(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  const covered = await page.evaluate((t) => {
    const needed = document.querySelectorAll<HTMLElement>(
      'main a, main button, main input, main select, main textarea, main [data-testid], nav a',
    );
    return [...needed]
      .filter((element) => !element.closest('[role="status"]'))
      .filter((element) => {
        const r = element.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        return r.left < t.x + t.width && r.right > t.x && r.top < t.y + t.height && r.bottom > t.y;
      })
      .map((element) => element.textContent?.trim() || element.tagName);
  }, box);
  expect(covered).toEqual([]);
  await expect(page.getByTestId('today-in')).toBeInViewport();
  await expectNoSeriousA11yViolations(page);
  await toast.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Diurungkan' })).toBeVisible();
  await expect(page.getByTestId('today-in')).toHaveText('Rp 0');
  await page.getByRole('link', { name: 'Buku kas' }).click();
  await page.getByRole('link', { name: /Penjualan/ }).click();
  await expect(page.getByRole('note').getByText('Dibatalkan', { exact: true })).toBeVisible();

  // A new form opens clear of any message, and a "required" message goes once the field is filled.
  await page.goto('/#/catat/keluar');
  await expect(page.getByRole('status')).toHaveText('');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await page.getByLabel('Jumlah').fill('20000');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A date ahead, and cash going below zero on that day (Kas holds the 5.000.000 paid in), are
  // saved only once the member confirms them.
  await page.getByLabel('Jumlah').fill('6000000');
  await page.getByText('Listrik', { exact: true }).click();
  await page.getByLabel('Tanggal').fill('2099-01-01');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('alert')).toContainText('belum tiba');
  await expect(page.getByRole('alert')).toContainText('Saldo Kas akan menjadi -Rp 1.000.000');
  await page.getByRole('button', { name: 'Ya, simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tersimpan: Rp 6.000.000' })).toBeVisible();

  // An edited entry carries its mark in the ledger; one never edited does not.
  await page.getByRole('link', { name: 'Buku kas' }).click();
  const listrik = page.locator('.entry-row').filter({ hasText: 'Listrik' });
  await expect(listrik.getByText('Diubah', { exact: true })).toHaveCount(0);
  await listrik.getByRole('link').first().click();
  await page.getByRole('link', { name: 'Ubah' }).click();
  await page.getByLabel('Jumlah').fill('25000');
  await page.getByLabel('Alasan perubahan').fill('salah ketik');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.locator('.big-figure')).toHaveText('-Rp 25.000');
  await page.goto('/#/buku');
  await expect(listrik.getByText('Diubah', { exact: true })).toBeVisible();
});

test('the statement defaults to the months the book covers and warns of months before it', async ({
  app,
}) => {
  const page = app.page;
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00+08:00'));
  await createBook(page);
  await record(page, 'Uang masuk', '400000', 'Penjualan', { date: '2026-08-12' });
  await record(page, 'Uang masuk', '300000', 'Penjualan', { date: '2026-10-05' });

  await page.goto('/#/pinjaman');
  const from = page.getByLabel('Dari bulan');
  // August is not whole (the book began on the 12th): September and October, and no month earlier.
  await expect(from).toHaveValue('2026-09');
  await expect(page.getByLabel('Sampai bulan')).toHaveValue('2026-10');
  await expect(from.locator('option')).toHaveText(['Oktober 2026', 'September 2026', 'Agustus 2026']);
  await expect(page.getByTestId('period-before-book')).toHaveCount(0);

  await from.selectOption('2026-08');
  await expect(page.getByTestId('period-before-book').first()).toContainText('12 Agt 2026');
  await expect(page.getByTestId('period-before-book').last()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
