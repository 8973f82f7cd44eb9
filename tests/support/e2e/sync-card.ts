import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';

/**
 * Enrols the phone on Settings' Simpan ke koperasi card with the officer's code, and confirms the
 * recovery code it shows by typing it again. Answers the card and that code.
 */
export async function enrolThisPhone(
  page: Page,
  url: string,
  enrolmentCode: string,
): Promise<{ card: Locator; recovery: string }> {
  await page.goto('/#/pengaturan');
  const card = page.getByRole('region', { name: 'Simpan ke koperasi' });
  await card.getByRole('textbox', { name: 'Alamat server koperasi' }).fill(url);
  await card.getByRole('textbox', { name: 'Kode pendaftaran dari petugas' }).fill(enrolmentCode);
  await card.getByRole('button', { name: 'Daftarkan ponsel ini dan simpan' }).click();
  const shown = await card.getByTestId('recovery-code').textContent({ timeout: 120_000 });
  const recovery = (shown ?? '').trim();
  await card.getByLabel('Ketik ulang kode yang Anda tulis untuk memastikan').fill(recovery);
  await card.getByRole('button', { name: 'Sudah saya catat' }).click();
  return { card, recovery };
}

/** A fresh browser profile shaped like the member's phone (360 px wide, Indonesian, WITA): a new phone. */
export function newPhoneContext(browser: Browser, baseURL: string | undefined): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
}
