import type { Page } from '@playwright/test';
import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, MEMBER_MARIA, record } from '../support/e2e/book';
import { openAndCheck, signIn } from '../support/e2e/office-pages';
import { startOfficeServer, type RunningServer } from '../support/e2e/office-server';
import { enrolThisPhone, newPhoneContext } from '../support/e2e/sync-card';

// From the branch office to the member's phone and back: the built server, whose clock the test
// moves with the phone's, so each day's entry reaches it on that day.
const DAY = 86_400_000;
let server: RunningServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await startOfficeServer(
    { username: 'admin', password: 'admin-password', branch: 'Pusat', role: 'admin' },
    { movableClock: true },
  );
});
test.afterAll(async () => server?.stop());

/** `months` months after this one in Asia/Makassar: its `YYYY-MM` and 10:00 WITA of its day `day`. */
function monthAhead(months: number, day: number): { month: string; at: number } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  const ym = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return { month: ym, at: Date.parse(`${ym}-${String(day).padStart(2, '0')}T10:00:00+08:00`) };
}

/** Makes the statement of one month on the phone and sends it with Kirim ke koperasi. */
async function sendStatement(phone: Page, month: string): Promise<string> {
  await phone.goto('/#/pinjaman');
  await phone.getByLabel('Dari bulan').selectOption(month);
  await phone.getByLabel('Sampai bulan').selectOption(month);
  await phone.getByRole('button', { name: 'Buat dan tandatangani laporan' }).click();
  await expect(phone.getByRole('heading', { name: 'Laporan siap dikirim' })).toBeVisible({ timeout: 60_000 });
  await phone.getByRole('button', { name: 'Kirim ke koperasi' }).click();
  const sent = phone.getByTestId('statement-sent');
  await expect(sent).toBeVisible({ timeout: 60_000 });
  return (await sent.textContent()) ?? '';
}

/** Opens the newest statement of the branch's list and waits for its verdict. */
async function openNewest(office: Page): Promise<void> {
  await openAndCheck(office, 'Laporan', 'Laporan cabang');
  await office.getByTestId('statement-rows').getByRole('link').first().click();
  await expect(office.getByTestId('verdict')).toHaveText('ASLI');
  await expectNoSeriousA11yViolations(office);
}

test('an officer enrols a member whose phone keeps a week, and sees what the server witnessed of it', async ({
  page: office,
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000);
  if (!server) throw new Error('the server did not start');
  const url = server.url;

  await signIn(office, url, 'admin', 'admin-password');
  await openAndCheck(office, 'Petugas', 'Petugas');
  await office.getByLabel('Nama pengguna').fill('rina');
  await office.getByLabel('Kata sandi (minimal 8 huruf)').fill('rina-password');
  await office.getByLabel('Cabang').fill('Maumere');
  await office.getByRole('button', { name: 'Tambah petugas' }).click();
  await expect(office.getByTestId('officers-message')).toHaveText('Petugas rina ditambahkan.');
  await office.getByRole('button', { name: 'Keluar', exact: true }).click();

  await signIn(office, url, 'rina', 'rina-password');
  await openAndCheck(office, 'Daftarkan anggota', 'Daftarkan ponsel anggota');
  await office.getByLabel('Nomor anggota').fill('KD-0417');
  await office.getByLabel('Nama anggota').fill('Maria Goreti');
  await office.getByRole('button', { name: 'Buat kode' }).click();
  const code = (await office.getByTestId('enrolment-code').textContent()) ?? '';
  await expectNoSeriousA11yViolations(office);

  const context = await newPhoneContext(browser, baseURL);
  try {
    const phone = await context.newPage();
    await createBook(phone, MEMBER_MARIA);
    const { card } = await enrolThisPhone(phone, url, code);
    // The new book holds nothing yet: it is sent as it is kept.
    await expect(card.getByText(/^Kode pemulihan tercatat/)).toBeVisible({ timeout: 60_000 });

    // A week of next month, one sale a day, each sent in the background on its day.
    const week = monthAhead(1, 1);
    for (let day = 0; day < 7; day += 1) {
      const at = week.at + day * DAY;
      await server.setTime(at);
      // Date alone is fixed at the day's hour; timers run on, so the background sync does too.
      await phone.clock.setFixedTime(at);
      // Opened afresh, so the app's today is the phone's new day.
      await phone.goto('/#/');
      await phone.reload();
      await record(phone, 'Uang masuk', String(10_000 * (day + 1)), 'Penjualan');
      await expect(phone.getByText(/^Tersimpan di koperasi: hari ini/)).toBeVisible({ timeout: 60_000 });
      await expect(phone.getByText(/perubahan menunggu/)).toHaveCount(0, { timeout: 60_000 });
    }

    const after = monthAhead(2, 3).at;
    await server.setTime(after);
    await phone.clock.setFixedTime(after);
    expect(await sendStatement(phone, week.month)).toBe(
      'Terkirim ke koperasi: ASLI. 7 dari 7 catatan sudah disaksikan server.',
    );

    // A month on, the officer's session has ended: she signs in again and opens it.
    await signIn(office, url, 'rina', 'rina-password');
    await openNewest(office);
    await expect(office.getByTestId('witness-within1d')).toHaveText('7 dari 7 (100%)');
    await expect(office.getByTestId('witness-never')).toHaveText('0 dari 7 (0%)');

    // A sale back-dated into the week's month that never reaches the server.
    await context.route(`${url}/api/v1/books/*/revisions`, (route) => route.abort());
    await phone.goto('/#/');
    await record(phone, 'Uang masuk', '55000', 'Penjualan', { date: `${week.month}-15` });
    expect(await sendStatement(phone, week.month)).toBe(
      'Terkirim ke koperasi: ASLI. 7 dari 8 catatan sudah disaksikan server.',
    );
    await openNewest(office);
    await expect(office.getByTestId('witness-never')).toHaveText(/^1 dari 8 /);
    await expect(office.getByTestId('witness-within1d')).toHaveText(/^7 dari 8 /);
  } finally {
    await context.close();
  }
});
