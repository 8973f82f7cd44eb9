import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, openDataScreen, record } from '../support/e2e/book';

/** A phone-sized photo (3000 × 2000, over 1 MB) with fine grain, drawn and encoded by the browser. */
async function cameraPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(3000, 2000);
    const context = canvas.getContext('2d');
    const image = new ImageData(3000, 2000);
    for (let i = 0; i < image.data.length; i++)
      image.data[i] = i % 4 === 3 ? 255 : ((i >> 6) % 200) + (((i * 2654435761) >>> 28) & 15);
    context?.putImageData(image, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

/** Opens the detail of the one entry in the cash book. */
async function openEntry(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Buku kas' }).click();
  await page.locator('.entry-row').first().click();
  await expect(page.getByRole('heading', { name: 'Rincian catatan' })).toBeVisible();
}

/** Whether the receipt photo shown has been drawn (decoded from the stored picture). */
const photoShown = (page: Page) =>
  page
    .getByRole('img', { name: 'Foto bukti catatan ini' })
    .first()
    .evaluate((img) => {
      const picture = img as HTMLImageElement;
      return picture.complete && picture.naturalWidth > 0 ? picture.naturalWidth : 0;
    });

test('a receipt photo is compressed, kept after a restart, and brought back by a backup that carries it', async ({
  app,
  baseURL,
}) => {
  let page = app.page;
  await createBook(page);
  await record(page, 'Uang masuk', '85000', 'Penjualan');
  await openEntry(page);
  const card = page.getByRole('region', { name: 'Foto bukti' });
  await expect(card).toContainText('Belum ada foto bukti untuk catatan ini.');

  // Not a picture: said plainly, nothing kept.
  await card.getByLabel('Pilih dari galeri').setInputFiles({
    name: 'nota.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('bukan foto'),
  });
  await expect(card.getByRole('alert')).toHaveText(
    'File ini bukan gambar. Pilih foto (JPG, PNG, atau WebP).',
  );

  const photo = await cameraPhoto(page);
  expect(photo.length).toBeGreaterThan(1024 * 1024);
  await card
    .getByLabel('Pilih dari galeri')
    .setInputFiles({ name: 'nota.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByRole('status').filter({ hasText: 'Foto bukti disimpan' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(card.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => photoShown(page)).toBeGreaterThan(0);
  const kb = Number((await card.getByText(/KB, hanya di ponsel ini/).textContent())?.match(/\d+/)?.[0]);
  expect(kb).toBeLessThanOrEqual(200);
  await expectNoSeriousA11yViolations(page);

  // Tap to enlarge, then close.
  await card.getByRole('button', { name: 'Perbesar foto bukti' }).click();
  const enlarged = page.getByRole('dialog', { name: 'Foto bukti' });
  await expect(enlarged.getByRole('img', { name: 'Foto bukti catatan ini' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await enlarged.getByRole('button', { name: 'Tutup foto' }).click();
  await expect(enlarged).toBeHidden();

  // After a restart the photo is still there, and Settings counts it.
  page = await app.relaunch();
  await openEntry(page);
  await expect.poll(() => photoShown(page)).toBeGreaterThan(0);
  await openDataScreen(page);
  await expect(page.getByTestId('photo-usage')).toHaveText(`Foto bukti di ponsel ini: 1 foto, ${kb} KB.`);

  // A backup that carries the photos, then the site data is cleared and the backup restored.
  await page.getByLabel(/Sertakan foto bukti \(1 foto/).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Buat cadangan' }).click();
  await expect(page.getByText('Cadangan siap: 1 usaha, 1 catatan. Termasuk 1 foto bukti.')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Simpan ke perangkat' }).click();
  const backupPath = test.info().outputPath('cadangan.json');
  await (await downloading).saveAs(backupPath);
  expect(JSON.parse(await readFile(backupPath, 'utf8')).content.photos).toHaveLength(1);

  const cdp = await app.context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(baseURL ?? '').origin,
    storageTypes: 'all',
  });
  await page.goto('/');
  await page.reload();
  await page.getByLabel('Pilih berkas cadangan').setInputFiles(backupPath);
  await page.getByRole('button', { name: 'Pulihkan' }).click();
  await expect(page.getByTestId('today-in')).toHaveText('Rp 85.000');
  await openEntry(page);
  await expect.poll(() => photoShown(page)).toBeGreaterThan(0);

  // Removing asks first, and leaves the entry.
  const restored = page.getByRole('region', { name: 'Foto bukti' });
  await restored.getByRole('button', { name: 'Hapus foto' }).click();
  await expect(restored.getByText('Hapus foto bukti ini dari ponsel? Catatannya tetap ada.')).toBeVisible();
  await restored.getByRole('button', { name: 'Ya, hapus foto' }).click();
  await expect(restored).toContainText('Belum ada foto bukti untuk catatan ini.');
  await expect(page.getByText('Rp 85.000').first()).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});
