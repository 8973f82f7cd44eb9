// A repeat visit served by the service worker: the app (or the reference page) loaded again after its
// service worker has installed and precached, under the same throttling as the cold load. The HTTP
// cache stays disabled, so whatever the worker does not serve goes to the throttled network.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { throttle, timeFirstUsable } from './bench-app.mjs';

/** The reference page's own service worker (cache-first), and the one page it controls. */
const REF_SW = 'ref-sw.js';
const REF_PAGE = 'ref-home.html';

/**
 * Copies the reference's service worker beside the static first screen, registers it for that page
 * alone and loads the page twice under its control, so that everything the page needs is in the
 * worker's cache before anything is timed.
 */
export async function primeReference(context, url, benchDir) {
  await copyFile(join('scripts', 'bench', REF_SW), join(benchDir, REF_SW));
  const page = await context.newPage();
  await page.goto(`${url}/__bench/${REF_PAGE}`);
  await page.evaluate(
    async ([script, scope]) => {
      await navigator.serviceWorker.register(script, { scope });
      await navigator.serviceWorker.ready;
    },
    [`/__bench/${REF_SW}`, `/__bench/${REF_PAGE}`],
  );
  for (let i = 0; i < 2; i++) await page.reload();
  await assertControlled(page);
  await page.close();
}

/** Loads the app once and waits until its service worker is active, its precache complete. */
export async function primeApp(context, url, selector) {
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.waitForSelector(selector, { timeout: 60_000 });
  // The app registers its worker after the load event; `ready` resolves once it has activated,
  // which Workbox's precache only allows after every asset is stored.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await assertControlled(page);
  await page.close();
}

async function assertControlled(page) {
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) throw new Error(`${page.url()} is not controlled by its service worker`);
}

/**
 * Milliseconds from navigation to the first usable screen of a page its service worker controls,
 * throttled like the cold load; with the requests that reached the network instead of the worker.
 */
export async function repeatVisit(context, pageUrl) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const fromNetwork = [];
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && !r.fromServiceWorker()) fromNetwork.push(u.pathname);
  });
  const timing = await timeFirstUsable(page, pageUrl);
  await assertControlled(page);
  await page.close();
  return { ms: timing.firstUsable, timing, fromNetwork };
}
