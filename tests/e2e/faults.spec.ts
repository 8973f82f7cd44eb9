import { execFileSync } from 'node:child_process';
import type { PersistentApp } from '../support/e2e/app';
import { expect, test } from '../support/e2e/app';
import { createBook, csvFile, openDataScreen, record } from '../support/e2e/book';
import { formatCspViolations } from '../support/e2e/csp';

/** Fills the origin's storage to the brim with other data (as photos fill a phone); returns the bytes written. */
const fillStorage = () =>
  new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('filler', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('blobs');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      let written = 0;
      const next = () => {
        // Random bytes: a repeated letter would be compressed to nothing on disk.
        const bytes = new Uint8Array(256 * 1024);
        for (let i = 0; i < bytes.length; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
        const tx = db.transaction('blobs', 'readwrite');
        tx.objectStore('blobs').put(bytes, written);
        tx.oncomplete = () => {
          written += 256 * 1024;
          if (written < 64 * 1024 * 1024) next();
          else reject(new Error('the quota was never reached'));
        };
        tx.onabort = () => {
          db.close();
          resolve(written);
        };
      };
      next();
    };
  });

test('with the disk full, saving says so plainly, never hangs, and earlier entries stay', async ({
  app,
  baseURL,
}) => {
  const page = app.page;
  // A phone with 8 MB for the browser: enough for the app and its cache, not much more.
  const cdp = await app.context.newCDPSession(page);
  const origin = new URL(baseURL ?? '').origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 8 * 1024 * 1024 });
  await createBook(page);
  await record(page, 'Uang masuk', '150000', 'Penjualan');

  // Other data fills the storage up; then the member records an expense.
  expect(await page.evaluate(fillStorage)).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Uang keluar' }).click();
  await page.getByLabel('Jumlah').fill('40000');
  await page.getByText('Listrik', { exact: true }).click();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Penyimpanan ponsel penuh' })).toBeVisible();
  // The save did not hang: the button is usable again and the input is still there.
  await expect(page.getByRole('button', { name: 'Simpan' })).toBeEnabled();
  await expect(page.getByLabel('Jumlah')).toHaveValue('40.000');

  // Space is freed: the same form saves; the earlier entry was never touched.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        indexedDB.deleteDatabase('filler').onsuccess = () => resolve();
      }),
  );
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('today-in')).toHaveText('Rp 150.000');
  await expect(page.getByTestId('today-out')).toHaveText('Rp 40.000');
  await page.getByRole('link', { name: 'Buku kas' }).click();
  await expect(page.locator('.entry-row')).toHaveCount(2);
  expect(app.cspViolations, formatCspViolations(app.cspViolations)).toEqual([]);
});

/** Kills the browser of a persistent profile with SIGKILL, as the phone's OS kills a tab: no goodbye. */
function killBrowser(app: PersistentApp): void {
  const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const browser = processes.find(
    (line) => line.includes(`--user-data-dir=${app.userDataDir}`) && !line.includes('--type='),
  );
  const pid = Number(browser?.trim().split(/\s+/)[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error('the browser process was not found');
  process.kill(pid, 'SIGKILL');
}

/** A CSV of `rows` sales over a year, every one valid. */
function salesCsv(rows: number): string {
  const lines = ['tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    lines.push(`${day},masuk,${1000 + (i % 97) * 500},Penjualan,,Kas,,jual ${i}`);
  }
  return `${lines.join('\n')}\n`;
}

test('a browser killed in the middle of a large import leaves it wholly there or wholly absent', async ({
  app,
}) => {
  const ROWS = 20_000;
  let page = app.page;
  await createBook(page);
  await openDataScreen(page);
  await page.getByLabel('Pilih berkas CSV').setInputFiles(csvFile('setahun.csv', salesCsv(ROWS)));
  await expect(page.getByTestId('import-rows')).toContainText('20000 baris');
  await page.getByRole('button', { name: 'Impor 20000 baris' }).click();
  await expect(page.getByText('Menyimpan 20000 baris…')).toBeVisible();
  await page.waitForTimeout(Number(process.env.LUMBUNG_KILL_AFTER_MS ?? 2500));
  const closed = new Promise((resolve) => app.context.once('close', resolve));
  killBrowser(app);
  await closed;

  page = await app.relaunch('/');
  await openDataScreen(page);
  await page.getByRole('button', { name: 'Periksa sekarang' }).click();
  // Either every row or none, and the summaries always match the entries that are there.
  await expect(page.getByTestId('book-check')).toHaveText(
    /^Buku utuh: (0|20\.000) catatan, riwayat tidak berubah, ringkasan cocok\.$/,
  );
  const text = (await page.getByTestId('book-check').textContent()) ?? '';
  test.info().annotations.push({ type: 'killed import', description: text });
});

test('another tab opening a newer schema: this tab saves its form, closes and reloads, losing nothing', async ({
  app,
}) => {
  const page = app.page;
  await createBook(page);
  await record(page, 'Uang masuk', '150000', 'Penjualan');
  await page.getByRole('link', { name: 'Uang masuk' }).click();
  await page.getByLabel('Jumlah').fill('75000');
  await page.getByText('Penjualan', { exact: true }).click();
  await page.getByText('Tambah catatan').click();
  await page.getByLabel('Catatan', { exact: true }).fill('belum disimpan');

  // A second tab (a newer Lumbung) opens the database at a higher version.
  const other = await app.context.newPage();
  await other.goto('/manifest.webmanifest');
  const stored = await other.evaluate(
    () =>
      new Promise<{ version: number; notes: string[] }>((resolve, reject) => {
        const open = indexedDB.open('lumbung', 1000);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('entries').objectStore('entries').getAll();
          read.onsuccess = () => {
            db.close();
            resolve({
              version: db.version,
              notes: (read.result as { note: string }[]).map((e) => e.note).sort(),
            });
          };
        };
      }),
  );
  // The first tab saved the form through the ordinary verb before it let the upgrade through.
  expect(stored).toEqual({ version: 1000, notes: ['', 'belum disimpan'] });

  // It reloads, finds a newer database, and says so without touching it.
  await expect(page.getByRole('heading', { name: 'Perbarui aplikasi' })).toBeVisible({ timeout: 15_000 });
  expect(app.cspViolations, formatCspViolations(app.cspViolations)).toEqual([]);
});
