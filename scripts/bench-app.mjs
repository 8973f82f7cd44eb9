// Measurements of the real app in Chromium: JS heap after opening the year report, and a cold load
// under 4× CPU slowdown and slow 4G. Each run is side by side with its reference.

/** What marks the first usable screen: the home screen's money in today. */
export const FIRST_USABLE = '[data-testid="today-in"]';

/** JS heap in use (MiB) after a full garbage collection, from the DevTools protocol. */
async function heapMiB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1024 / 1024;
}

/** Heap on the home screen (reference), then after opening this year's report with its charts. */
export async function heapRun(context, url, year) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${url}/`);
  await page.waitForSelector(FIRST_USABLE, { timeout: 60_000 });
  const reference = await heapMiB(cdp);
  await page.getByRole('link', { name: 'Laporan', exact: true }).click();
  await page.getByText('Tahun ini', { exact: true }).click();
  await page
    .getByTestId('report-period')
    .filter({ hasText: `31 Des ${year}` })
    .waitFor({ timeout: 60_000 });
  await page.locator('.chart .recharts-surface').first().waitFor({ timeout: 60_000 });
  await page.getByTestId('month-table').waitFor();
  const value = await heapMiB(cdp);
  await page.close();
  return { value, reference };
}

/** The HTML of the app's first screen as rendered, without scripts: the static reference page. */
export async function staticFirstScreen(context, url) {
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.waitForSelector(FIRST_USABLE, { timeout: 60_000 });
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    copy
      .querySelectorAll('script, link[rel="manifest"], link[rel="modulepreload"]')
      .forEach((n) => n.remove());
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  await page.close();
  return html;
}

/** Slows the page to the bench's phone: 4× CPU and slow 4G (150 ms latency, 1.6 Mbit/s down). */
export async function throttle(cdp) {
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1_600_000 / 8,
    uploadThroughput: 750_000 / 8,
  });
}

/** The console message the page writes once its first usable screen is in the document. */
const FIRST_USABLE_SIGNAL = 'lumbung-bench:first-usable';

/**
 * Opens `pageUrl` in `page` (throttled beforehand by the caller) and waits for the first usable
 * screen; the milliseconds from navigation to it, with when the scripts were in and DOMContentLoaded.
 */
export async function timeFirstUsable(page, pageUrl) {
  await page.addInitScript(
    ({ selector, signal }) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          window.__firstUsable = performance.now();
          observer.disconnect();
          console.debug(signal);
        }
      }).observe(document, { childList: true, subtree: true });
    },
    { selector: FIRST_USABLE, signal: FIRST_USABLE_SIGNAL },
  );
  // Told by a console message, not polled: polling makes Playwright evaluate its own large script
  // in the page while it loads, and on a throttled CPU that task can come before the page's body is
  // parsed, delaying the very screen being timed.
  const signalled = page.waitForEvent('console', {
    predicate: (message) => message.text() === FIRST_USABLE_SIGNAL,
    timeout: 60_000,
  });
  await page.goto(pageUrl, { waitUntil: 'commit' });
  await signalled;
  // The screen is timed already; DOMContentLoaded is awaited only so the log can print it.
  await page.waitForLoadState('domcontentloaded');
  return page.evaluate(() => {
    const scripts = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script');
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      firstUsable: window.__firstUsable,
      scriptsLoaded: Math.max(0, ...scripts.map((r) => r.responseEnd)),
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
    };
  });
}

/** Milliseconds from navigation to the first usable screen (the home figures), cold and throttled. */
export async function coldLoad(context, pageUrl) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  const scripts = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const timing = await timeFirstUsable(page, pageUrl);
  await page.close();
  return { ms: timing.firstUsable, timing, scripts };
}
