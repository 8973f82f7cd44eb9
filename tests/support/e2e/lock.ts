import type { Page } from '@playwright/test';
import { expect } from './app';

/** Sets a PIN from Settings, walking the recovery-code step; returns the code as shown (in groups). */
export async function setPin(page: Page, pin: string): Promise<string> {
  await page.goto('/#/pengaturan');
  const card = page.getByRole('region', { name: 'Kunci PIN' });
  await card.getByRole('button', { name: 'Pasang PIN' }).click();
  await card.getByLabel('PIN baru (4–6 angka)').fill(pin);
  await card.getByLabel('Ketik PIN sekali lagi').fill(pin);
  await card.getByRole('button', { name: 'Lanjut' }).click();
  const groups = await card.getByTestId('recovery-code').getByRole('listitem').allTextContents();
  expect(groups).toHaveLength(5);
  const prompt = (await card.locator('label', { hasText: 'Kelompok ke-' }).textContent()) ?? '';
  const asked = Number(/\d/.exec(prompt)?.[0]);
  await card.getByLabel(/Kelompok ke-\d kode pemulihan/).fill(groups[asked - 1] ?? '');
  await card.getByRole('button', { name: 'Pasang PIN' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'PIN terpasang.' })).toBeVisible();
  return groups.join('-');
}

/** Types a PIN on the lock screen and presses Buka. */
export async function typePin(page: Page, pin: string): Promise<void> {
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
}
