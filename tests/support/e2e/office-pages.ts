import { expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';

/** Signs an officer in to the back office at `base` and waits for the signed-in menu. */
export async function signIn(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/kantor/`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText(`Masuk sebagai ${username}`)).toBeVisible();
}

/** Opens a back-office screen through its menu link and checks it with axe. */
export async function openAndCheck(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}
