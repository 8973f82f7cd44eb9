import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, record } from '../support/e2e/book';
import { setPin, typePin } from '../support/e2e/lock';

const NOW = new Date('2026-11-20T10:00:00+08:00');

test('a PIN locks the book after idle time, wrong PINs wait, and the recovery code opens it', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  await page.clock.install({ time: NOW });
  await createBook(page);
  await record(page, 'Uang masuk', '150000', 'Penjualan');
  const code = await setPin(page, '482913');
  // Headless Chromium has no platform authenticator: no fingerprint is offered.
  await expect(page.getByRole('button', { name: 'Pakai sidik jari juga' })).toHaveCount(0);

  // A minute and a bit without a tap: the lock screen, and nothing of the book in the page.
  await page.goto('/#/');
  await expect(page.getByTestId('today-in')).toHaveText('Rp 150.000');
  await page.clock.runFor(70_000);
  await expect(page.getByRole('heading', { name: 'Buku terkunci' })).toBeVisible();
  await expect(page.getByText('Warung Maria')).toHaveCount(0);
  await expect(page.getByText('150.000')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Buka dengan sidik jari' })).toHaveCount(0);

  // Three wrong PINs, then a wait counted down; a reload keeps the count and the wait.
  for (let i = 1; i <= 3; i++) {
    await typePin(page, '000000');
    await expect(page.getByText(`PIN salah (${i} kali).`)).toBeVisible();
  }
  await expect(page.getByTestId('lock-wait')).toHaveText('Tunggu 0:05 sebelum mencoba lagi.');
  await expect(page.getByRole('button', { name: 'Buka', exact: true })).toBeDisabled();
  await page.reload();
  await expect(page.getByText('PIN salah (3 kali).')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buka', exact: true })).toBeDisabled();
  await page.clock.runFor(6_000);
  await typePin(page, '111111');
  await expect(page.getByTestId('lock-wait')).toHaveText('Tunggu 0:15 sebelum mencoba lagi.');

  // Forgot the PIN: the recovery code, typed in lower case with spaces, opens the book.
  await page.getByRole('button', { name: 'Lupa PIN?' }).click();
  await expect(page.getByText('Catatan Anda tidak hilang.', { exact: false })).toBeVisible();
  await page.getByLabel('Kode pemulihan', { exact: true }).fill('AAAA-BBBB-CCCC-DDDD-EEEE');
  await page.getByRole('button', { name: 'Buka dengan kode ini' }).click();
  await expect(page.getByText('Kode pemulihan ini tidak cocok.')).toBeVisible();
  await page.getByLabel('Kode pemulihan', { exact: true }).fill(code.replace(/-/g, ' ').toLowerCase());
  await page.getByRole('button', { name: 'Buka dengan kode ini' }).click();
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible();

  // The right PIN, after the next lock, goes straight back to the book.
  await page.goto('/#/');
  await page.clock.runFor(70_000);
  await expect(page.getByRole('heading', { name: 'Buku terkunci' })).toBeVisible();
  await typePin(page, '482913');
  await expect(page.getByTestId('today-in')).toHaveText('Rp 150.000');
});

test('with both the PIN and the code lost, the lock screen leads to a restore and keeps the book until it lands', async ({
  app,
}) => {
  const page = app.page;
  await createBook(page);
  await setPin(page, '2468');
  // Locking at once: every opening asks for the PIN.
  await page.getByText('Langsung', { exact: true }).click();
  await page.reload();
  await page.getByRole('button', { name: 'Lupa PIN?' }).click();
  await page.getByRole('button', { name: 'Hapus kunci dan pulihkan' }).click();
  await expect(page.getByRole('heading', { name: 'Hapus kunci dan pulihkan' })).toBeVisible();
  // A file that is not a backup is refused, and the lock and the book stay as they were.
  await page.getByLabel('Pilih file cadangan').setInputFiles({
    name: 'bukan-cadangan.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"lain"}'),
  });
  await expect(page.getByText('Cadangan tidak dipulihkan. Tidak ada yang diubah.')).toBeVisible();
  await page.getByRole('button', { name: 'Kembali' }).click();
  await typePin(page, '2468');
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible();
  await expect(page.getByText('Warung Maria').first()).toBeVisible();
});

test('the PIN is offered on Home only once the book is a week old, and stays away once declined', async ({
  app,
}) => {
  const page = app.page;
  const offer = page.getByRole('region', { name: 'Ponsel dipakai bersama keluarga?' });
  const homeAt = async (local: string) => {
    await page.clock.setFixedTime(new Date(`${local}+08:00`));
    await page.goto('/#/');
    await page.reload();
    await expect(page.getByTestId('today-in')).toBeVisible();
  };
  await page.clock.setFixedTime(new Date('2026-11-01T09:00:00+08:00'));
  await createBook(page);
  // Day one and the days after it: the member learns the book first.
  await expect(page.getByTestId('today-in')).toBeVisible();
  await expect(offer).toHaveCount(0);
  await homeAt('2026-11-07T20:00:00');
  await expect(offer).toHaveCount(0);

  // A week and a day on: the offer, leading to Settings.
  await homeAt('2026-11-08T10:00:00');
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('link', { name: 'Pasang PIN' })).toHaveAttribute('href', '#/pengaturan');
  await expectNoSeriousA11yViolations(page);
  await offer.getByRole('button', { name: 'Tidak perlu' }).click();
  await expect(offer).toHaveCount(0);
  await homeAt('2026-11-20T10:00:00');
  await expect(offer).toHaveCount(0);
});
