// A sale from a product chip: the taps the scripted path makes from home to the saved sale.
import { FIRST_USABLE } from './bench-app.mjs';

const PRODUCT = { name: 'Kopi susu bench', price: '8000' };

/** Keeps a product in Kelola, then sells two of it from home, counting every trusted click. */
export async function measureProductSale({ context, url, record, log }) {
  const page = await context.newPage();
  await page.goto(`${url}/#/kelola`);
  const products = page.getByRole('region', { name: 'Barang dagangan' });
  await products.getByLabel('Nama barang').fill(PRODUCT.name);
  await products.getByLabel('Harga').fill(PRODUCT.price);
  await products.getByRole('button', { name: 'Tambah barang' }).click();
  await products.getByText(PRODUCT.name).first().waitFor();

  await page.goto(`${url}/#/`);
  await page.waitForSelector(FIRST_USABLE, { timeout: 60_000 });
  // Playwright's clicks are trusted events, as a thumb's are: the page counts each one it receives.
  await page.evaluate(() => {
    window.__taps = 0;
    document.addEventListener('click', (event) => event.isTrusted && (window.__taps += 1), true);
  });
  await page.getByRole('link', { name: 'Uang masuk', exact: true }).click();
  const chip = page.getByRole('button', { name: new RegExp(PRODUCT.name) });
  await chip.click();
  await chip.click();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByRole('status').filter({ hasText: 'Tersimpan: Rp 16.000' }).waitFor({ timeout: 60_000 });
  await page.waitForSelector(FIRST_USABLE);
  const taps = await page.evaluate(() => window.__taps);
  log(`  product sale: ${taps} taps from home to saved`);
  await page.close();
  record(
    'a sale from a product chip, home to saved',
    'taps',
    { value: taps, reference: null },
    '≤ 5 taps',
    taps <= 5,
    'counted by the page (trusted clicks): Uang masuk, the chip twice (2 × price), Simpan',
  );
}
