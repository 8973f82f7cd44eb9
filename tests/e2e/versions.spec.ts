import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';

test('a database written by a newer app shows "update the app" and is left untouched', async ({ app }) => {
  const page = app.page;
  // Any page of the origin will do to plant the database before the app first opens it.
  await page.goto('/manifest.webmanifest');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('lumbung', 9990);
        request.onupgradeneeded = () => request.result.createObjectStore('futureTable').put('kept', 'row');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Perbarui aplikasi' })).toBeVisible();
  await expect(page.getByText('tidak menyentuhnya')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const stored = await page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[]; row: unknown }>((resolve, reject) => {
        const request = indexedDB.open('lumbung');
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('futureTable').objectStore('futureTable').get('row');
          read.onsuccess = () => {
            resolve({ version: db.version, stores: [...db.objectStoreNames], row: read.result });
            db.close();
          };
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(stored).toEqual({ version: 9990, stores: ['futureTable'], row: 'kept' });
});
