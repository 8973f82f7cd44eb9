import type { Browser, Page } from '@playwright/test';
import { expect, test } from './app';

/** A day of last month in the book's time zone (Asia/Makassar): `YYYY-MM-DD`. */
export function dayLastMonth(day: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Makes and signs the statement from the home screen, saves its PDF and JSON; returns their paths. */
export async function makeStatement(page: Page, prefix: string): Promise<{ pdf: string; json: string }> {
  await page.goto('/#/pinjaman');
  await page.getByRole('button', { name: 'Buat dan tandatangani laporan' }).click();
  await expect(page.getByRole('heading', { name: 'Laporan siap dikirim' })).toBeVisible({ timeout: 30_000 });
  const save = async (name: RegExp, file: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    const path = test.info().outputPath(`${prefix}-${file}`);
    await download.saveAs(path);
    return path;
  };
  return {
    pdf: await save(/^Unduh laporan-.*\.pdf$/, 'laporan.pdf'),
    json: await save(/^Unduh laporan-.*\.json$/, 'laporan.json'),
  };
}

/** The officer's Periksa laporan on a browser profile of its own, with no book. */
export async function officerDesk(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  const page = await context.newPage();
  await page.goto('/#/periksa');
  await expect(page.getByRole('heading', { name: 'Periksa laporan', level: 1 })).toBeVisible();
  return { context, page };
}
