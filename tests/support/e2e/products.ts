import type { Page } from '@playwright/test';
import { expect } from './app';

/** Products at the name limit (60 characters) with thirteen-digit prices, as chips must still fit. */
export const LONG_PRODUCTS: ReadonlyArray<readonly [string, string]> = [
  ['Kain tenun ikat motif Sikka ukuran besar warna alami nomor 0', '1234567890123'],
  ['Sarung tenun Lio benang katun pewarna alami kualitas ekspor2', '987654321098'],
  ['Selendang kecil', '75000'],
];

/** Adds products in Kelola (which must be open), each awaited in its list. */
export async function addProducts(page: Page, products: ReadonlyArray<readonly [string, string]>) {
  const region = page.getByRole('region', { name: 'Barang dagangan' });
  for (const [name, price] of products) {
    await region.getByLabel('Nama barang').fill(name);
    await region.getByLabel('Harga').fill(price);
    await region.getByRole('button', { name: 'Tambah barang' }).click();
    await expect(region.getByText(name).first()).toBeVisible();
  }
}

/**
 * Counts the member's taps from now on: every click the page receives from a pointer or a key
 * (Playwright's clicks are trusted events, as a thumb's are). Read with `tapsSoFar`.
 */
export async function countTaps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { taps?: number };
    w.taps = 0;
    document.addEventListener('click', (event) => event.isTrusted && (w.taps = (w.taps ?? 0) + 1), true);
  });
}

/** The taps counted since `countTaps`, across the hash routes of one page. */
export const tapsSoFar = (page: Page) => page.evaluate(() => (window as unknown as { taps: number }).taps);
