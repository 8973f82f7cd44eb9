import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/e2e/app';
import { createBook, openDataScreen, record, watchForeignRequests } from '../support/e2e/book';
import { formatCspViolations } from '../support/e2e/csp';
import { waitForServiceWorkerControl } from '../support/e2e/service-worker';

// The build under test (the e2e run builds dist/ first); LUMBUNG_DIST points elsewhere when asked.
const DIST = process.env.LUMBUNG_DIST ?? join(process.cwd(), 'dist');

/** Every file the build wrote, as the path the browser asks for. */
function builtFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [`/${relative(DIST, path)}`];
  });
}

/** The paths held in the page's Cache Storage (the precache and any other cache). */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });

test('after one online visit the whole app works offline, from its own origin only', async ({
  app,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign = watchForeignRequests(app.context, origin);
  let page = app.page;
  await createBook(page);
  await record(page, 'Uang masuk', '150000', 'Penjualan');
  await waitForServiceWorkerControl(page);

  // Every built file (lazy chunks and the data worker included) is in the precache.
  const cached = await cachedPaths(page);
  const missing = builtFiles().filter((path) => path !== '/sw.js' && !cached.includes(path));
  expect(missing, 'built files missing from the precache').toEqual([]);

  // Chromium's own reading of the manifest: nothing blocks installing.
  const cdp = await app.context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
    id: '/',
    lang: 'id',
    display: 'standalone',
    share_target: { action: '/periksa', method: 'POST' },
    file_handlers: [{ action: '/periksa' }],
  });

  // Cold start with the network off: the browser is closed and opened again, offline.
  page = await app.relaunch('about:blank');
  await app.context.setOffline(true);
  const responses: { url: string; fromSw: boolean }[] = [];
  page.on('response', (r) => responses.push({ url: r.url(), fromSw: r.fromServiceWorker() }));
  await page.goto('/');
  await expect(page.getByTestId('today-in')).toHaveText('Rp 150.000');
  await record(page, 'Uang keluar', '40000', 'Listrik');
  await expect(page.getByTestId('today-profit')).toHaveText('Rp 110.000');
  await expect(page.getByTestId('month-profit')).toHaveText('Rp 110.000');

  // The reports screen and the data screen are lazy chunks: they load from the precache too.
  await page.getByRole('link', { name: 'Laporan', exact: true }).click();
  await expect(page.getByTestId('pl-netProfit')).toHaveText('Rp 110.000');
  // A loan statement is made and signed offline too (its PDF, QR and spreadsheet code is precached).
  await page.goto('/#/pinjaman');
  await expect(page.getByRole('heading', { name: 'Laporan pinjaman', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Buat dan tandatangani laporan' }).click();
  await expect(page.getByRole('heading', { name: 'Laporan siap dikirim' })).toBeVisible({ timeout: 30_000 });
  await page.goto('/#/');
  await openDataScreen(page);
  await expect(page.getByRole('heading', { name: 'Impor dari CSV' })).toBeVisible();

  const fromNetwork = responses.filter((r) => r.url.startsWith(origin) && !r.fromSw);
  expect(fromNetwork, 'offline responses that did not come from the service worker').toEqual([]);
  expect(foreign, 'requests to another origin').toEqual([]);
  expect(app.cspViolations, formatCspViolations(app.cspViolations)).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('a statement shared to Lumbung waits in Cache Storage, and /periksa lands on the verify route', async ({
  app,
  baseURL,
}) => {
  const page = app.page;
  await createBook(page);
  await waitForServiceWorkerControl(page);

  // The share sheet posts the file to the manifest's share_target. First as a fetch that does not
  // follow the redirect, so the file can be read before the verify page takes it.
  const shared = await page.evaluate(async () => {
    const form = new FormData();
    form.append(
      'statement',
      new File(['{"format":"lumbung.statement/1"}'], 'laporan maria.json', { type: 'application/json' }),
    );
    const answer = await fetch('/periksa', { method: 'POST', body: form, redirect: 'manual' });
    const response = await (await caches.open('lumbung-shared')).match('/shared/statement');
    return {
      answer: answer.type,
      text: await response?.text(),
      type: response?.headers.get('Content-Type'),
      name: decodeURIComponent(response?.headers.get('X-File-Name') ?? ''),
    };
  });
  expect(shared).toEqual({
    answer: 'opaqueredirect',
    text: '{"format":"lumbung.statement/1"}',
    type: 'application/json',
    name: 'laporan maria.json',
  });

  // Then as the browser does it: a navigation that lands on the verify route, told a file waits.
  const sharer = await app.context.newPage();
  await sharer.setContent(
    `<form method="post" enctype="multipart/form-data" action="${baseURL}/periksa">` +
      '<input type="file" name="statement"><button>Kirim</button></form>',
  );
  await sharer.locator('input[type=file]').setInputFiles({
    name: 'laporan.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{}'),
  });
  await sharer.getByRole('button', { name: 'Kirim' }).click();
  await expect(sharer).toHaveURL(`${baseURL}/#/periksa?shared=1`);

  // Opening a file with Lumbung (file_handlers) navigates to /periksa: the app moves to its route.
  await page.goto('/periksa');
  await expect(page).toHaveURL(`${baseURL}/#/periksa`);
  await expect(page.locator('#root')).not.toBeEmpty();
  expect(app.cspViolations, formatCspViolations(app.cspViolations)).toEqual([]);
});
