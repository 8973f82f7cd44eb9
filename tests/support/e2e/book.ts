import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './app';

/** What the first-start form is filled with (Warung Maria in WITA unless told otherwise). */
export interface FirstStart {
  name?: string;
  owner?: string;
  memberNumber?: string;
  cooperative?: string;
  /** Where the app is opened (default: the test server). */
  url?: string;
}

/** Opens the app, fills the first-start form and creates the book; waits for the home screen. */
export async function createBook(page: Page, book: FirstStart = {}): Promise<void> {
  await page.goto(book.url ?? '/');
  await expect(page.getByRole('heading', { name: 'Selamat datang di Lumbung' })).toBeVisible();
  await page.getByLabel('Nama usaha').fill(book.name ?? 'Warung Maria');
  await page.getByLabel('Nama pemilik').fill(book.owner ?? 'Maria Goreti');
  if (book.memberNumber !== undefined) await page.getByLabel(/Nomor anggota/).fill(book.memberNumber);
  if (book.cooperative !== undefined) await page.getByLabel(/Koperasi/).fill(book.cooperative);
  await page.getByLabel('Zona waktu').selectOption('Asia/Makassar');
  await page.getByRole('button', { name: 'Buat buku' }).click();
  await expect(page.getByTestId('today-in')).toBeVisible();
}

/** Warung Maria as a cooperative member, for the flows that show her member number. */
export const MEMBER_MARIA: FirstStart = { memberNumber: 'KD-0417', cooperative: 'Kopdit Pintu Air' };

/**
 * Records money in or out from the home screen, on a given day and with a note when told (else
 * today, no note); waits for the toast.
 */
export async function record(
  page: Page,
  direction: 'Uang masuk' | 'Uang keluar',
  amount: string,
  category: string,
  extra: { note?: string; date?: string } = {},
): Promise<void> {
  await page.getByRole('link', { name: direction, exact: true }).click();
  await page.getByLabel('Jumlah').fill(amount);
  await page.getByText(category, { exact: true }).click();
  if (extra.date !== undefined) await page.getByLabel('Tanggal').fill(extra.date);
  if (extra.note !== undefined) {
    await page.getByText('Tambah catatan').click();
    await page.getByLabel('Catatan', { exact: true }).fill(extra.note);
  }
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Tersimpan: / })).toBeVisible();
}

/** Opens the data screen (backup, restore, import, export) through Settings. */
export async function openDataScreen(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('link', { name: 'Cadangan, pemulihan, impor dan ekspor CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Cadangan & impor', level: 1 })).toBeVisible();
}

/** A CSV file for `setInputFiles`. */
export const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

/** Imports a CSV through the data screen: choose, check the preview, confirm, wait for the result. */
export async function importCsv(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Pilih berkas CSV').setInputFiles(csvFile(name, text));
  await expect(page.getByRole('heading', { name: 'Periksa sebelum menyimpan' })).toBeVisible();
  await page.getByRole('button', { name: /^Impor \d+ baris$/ }).click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 60_000 });
}

/** Records every request the context makes to an origin other than `origin` (expected: none). */
export function watchForeignRequests(context: BrowserContext, origin: string, into: string[] = []): string[] {
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
    if (url.origin !== origin) into.push(request.url());
  });
  return into;
}
