import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/e2e/app';
import { createBook } from '../support/e2e/book';
import { formatCspViolations } from '../support/e2e/csp';
import { waitForServiceWorkerControl } from '../support/e2e/service-worker';
import { startSwappableServer } from '../support/e2e/static-server';

/**
 * Two builds of the app: today's dist/, and a "next" one that differs as a real new build would:
 * its index.html changed (it carries a marker) and so did its service worker's precache list.
 */
async function twoBuilds(): Promise<{ current: string; next: string; cleanUp: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'lumbung-builds-'));
  const current = join(dir, 'current');
  const next = join(dir, 'next');
  const dist = process.env.LUMBUNG_DIST ?? 'dist';
  await cp(dist, current, { recursive: true });
  await cp(dist, next, { recursive: true });
  const index = join(next, 'index.html');
  await writeFile(
    index,
    (await readFile(index, 'utf8')).replace('<head>', '<head><meta name="lumbung-build" content="next">'),
  );
  const sw = join(next, 'sw.js');
  const withRevision = (await readFile(sw, 'utf8')).replace(
    /"revision":"[0-9a-f]+","url":"index\.html"/,
    '"revision":"00000000000000000000000000000next","url":"index.html"',
  );
  expect(withRevision).toContain('0000next');
  await writeFile(sw, withRevision);
  return { current, next, cleanUp: () => rm(dir, { recursive: true, force: true }) };
}

test('a new version is offered, never forced: the form keeps its input and the entry is saved', async ({
  app,
}) => {
  const builds = await twoBuilds();
  const server = await startSwappableServer(builds.current);
  try {
    const page = app.page;
    await createBook(page, { url: server.origin });
    await waitForServiceWorkerControl(page);

    // The member starts typing a sale. Meanwhile the next version is deployed and found.
    await page.getByRole('link', { name: 'Uang masuk' }).click();
    await page.getByLabel('Jumlah').fill('275000');
    await page.getByText('Penjualan', { exact: true }).click();
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    server.serve(builds.next);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('Versi baru tersedia')).toBeVisible({ timeout: 20_000 });

    // Nothing reloads on its own, and not over the form: the member is asked to save first.
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Muat ulang' }).click();
    await expect(page.getByText('Simpan dulu isian Anda, lalu muat ulang.')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await expect(page.getByLabel('Jumlah')).toHaveValue('275.000');

    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByTestId('today-in')).toHaveText('Rp 275.000');
    await page.getByRole('button', { name: 'Muat ulang' }).click();
    await expect(page.locator('meta[name="lumbung-build"]')).toHaveAttribute('content', 'next', {
      timeout: 20_000,
    });
    await expect(page.getByTestId('today-in')).toHaveText('Rp 275.000');
    expect(app.cspViolations, formatCspViolations(app.cspViolations)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  } finally {
    await server.close();
    await builds.cleanUp();
  }
});
