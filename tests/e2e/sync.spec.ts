import type { Page } from '@playwright/test';
import { formatRecoveryCode, newRecoveryCode } from '../../src/domain/sync/recovery-code';
import { expect, test } from '../support/e2e/app';
import { collectConsoleErrors } from '../support/e2e/console';
import { collectCspViolations, formatCspViolations } from '../support/e2e/csp';
import { createBook, MEMBER_MARIA, openDataScreen, record } from '../support/e2e/book';
import { startOfficeServer, type RunningServer } from '../support/e2e/office-server';
import { enrolThisPhone, newPhoneContext } from '../support/e2e/sync-card';
import { TestOfficer } from '../support/server/officer';

// The built server (npm run test:e2e builds dist-server/ and dist-cli/) on a free port, its own
// origin: the app reaches it across origins, under the app's real CSP.
let server: RunningServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await startOfficeServer({
    username: 'rina',
    password: 'rina-password',
    branch: 'Maumere',
    role: 'officer',
  });
});
test.afterAll(async () => server?.stop());

/** A one-time enrolment code for Maria's phone, as the officer issues it. */
async function enrolmentCode(url: string): Promise<string> {
  const officer = await TestOfficer.signIn(url, 'rina', 'rina-password');
  const issued = await officer.send('POST', '/api/v1/enrolments', {
    memberNumber: 'KD-0417',
    memberName: 'Maria Goreti',
  });
  expect(issued.status).toBe(201);
  return String(issued.body.code);
}

/** The figures and history a member sees of the book. */
async function bookAsSeen(page: Page) {
  await page.goto('/#/');
  const home = {
    in: await page.getByTestId('today-in').textContent(),
    out: await page.getByTestId('today-out').textContent(),
    balance: await page.getByTestId('balance-total').textContent(),
  };
  await page.getByRole('link', { name: 'Buku kas' }).click();
  await expect(page.locator('.entry-row').first()).toBeVisible();
  const rows = await page.locator('.entry-row').allTextContents();
  await page.goto('/#/');
  await openDataScreen(page);
  await page.getByRole('button', { name: 'Periksa sekarang' }).click();
  const check = await page.getByTestId('book-check').textContent();
  return { home, rows, check };
}

test('a book kept on the cooperative server comes back on a new phone with the recovery code', async ({
  app,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  if (!server) throw new Error('the server did not start');
  const url = server.url;
  const page = app.page;
  await createBook(page, MEMBER_MARIA);
  await record(page, 'Uang masuk', '250000', 'Penjualan');
  await record(page, 'Uang keluar', '40000', 'Belanja stok/bahan', { note: 'gula' });

  const { card, recovery: code } = await enrolThisPhone(page, url, await enrolmentCode(url));
  await expect(card.getByText(/^Tersimpan di koperasi: hari ini/)).toBeVisible({ timeout: 60_000 });

  // Recorded after the first sync: sent in the background, and Home says the book is safe.
  await page.goto('/#/');
  await record(page, 'Uang masuk', '15000', 'Penjualan');
  await expect(page.getByText(/^Tersimpan di koperasi: hari ini/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/perubahan menunggu/)).toHaveCount(0, { timeout: 60_000 });
  const before = await bookAsSeen(page);
  expect(before.check).toBe('Buku utuh: 3 catatan, riwayat tidak berubah, ringkasan cocok.');

  // Reloaded, the page may reach only the chosen server.
  await page.reload();
  const narrowed = await page.evaluate(async (other) => {
    try {
      await fetch(other);
      return 'reached';
    } catch {
      return 'blocked';
    }
  }, 'https://example.invalid/');
  expect(narrowed).toBe('blocked');

  // A fresh browser profile: the new phone.
  const context = await newPhoneContext(browser, baseURL);
  try {
    const errors = collectConsoleErrors(context);
    const violations = await collectCspViolations(context);
    const phone = await context.newPage();
    await phone.goto('/');
    const restore = phone.getByRole('region', { name: 'Pulihkan dari koperasi' });
    await restore.getByLabel('Alamat server koperasi').fill(url);
    await restore.getByLabel('Kode pendaftaran dari petugas').fill(await enrolmentCode(url));
    await restore.getByRole('button', { name: 'Sambungkan' }).click();
    await expect(restore.getByRole('radio')).toBeChecked();

    await restore.getByLabel('Kode pemulihan').fill(formatRecoveryCode(newRecoveryCode()));
    await restore.getByRole('button', { name: 'Pulihkan buku' }).click();
    await expect(restore.getByRole('alert')).toHaveText(
      'Kode pemulihan ini bukan kode untuk usaha ini. Tidak ada yang diubah.',
      { timeout: 120_000 },
    );
    await phone.reload();
    await expect(phone.getByRole('heading', { name: 'Selamat datang di Lumbung' })).toBeVisible();

    await restore.getByLabel('Alamat server koperasi').fill(url);
    await restore.getByLabel('Kode pendaftaran dari petugas').fill(await enrolmentCode(url));
    await restore.getByRole('button', { name: 'Sambungkan' }).click();
    await restore.getByLabel('Kode pemulihan').fill(code);
    await restore.getByRole('button', { name: 'Pulihkan buku' }).click();
    await expect(phone.getByTestId('today-in')).toBeVisible({ timeout: 120_000 });
    expect(await bookAsSeen(phone)).toEqual(before);
    expect(violations, formatCspViolations(violations)).toEqual([]);
    // The one expected refusal: connecting again after the reload, this phone is already enrolled.
    const enrolledAgain = `409 (Conflict) (${url}/api/v1/devices:0)`;
    expect(errors.filter((e) => !e.includes(enrolledAgain))).toEqual([]);
    expect(errors.filter((e) => e.includes(enrolledAgain))).toHaveLength(1);
  } finally {
    await context.close();
  }
  expect(app.cspViolations.filter((v) => !v.blockedURI.includes('example.invalid'))).toEqual([]);
});
