import { formatCspViolations } from '../support/e2e/csp';
import { waitForServiceWorkerControl } from '../support/e2e/service-worker';
import { expect, test } from '../support/e2e/app';

// Shell facts only: the built app loads, names itself, links its manifest and installs its service
// worker, without console errors or CSP violations.
test('the built app shell loads with its manifest and service worker', async ({ app }) => {
  const { page } = app;
  await page.goto('/');

  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page).toHaveTitle('Lumbung');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await expect(page.locator('#root')).not.toBeEmpty();

  const manifest = await page.request.get('/manifest.webmanifest');
  expect(manifest.ok()).toBe(true);
  expect(await manifest.json()).toMatchObject({
    short_name: 'Lumbung',
    start_url: '/',
    display: 'standalone',
  });

  await waitForServiceWorkerControl(page);

  // Chromium's own reading of the manifest: no parse errors and nothing that blocks installing.
  const cdp = await app.context.newCDPSession(page);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors, JSON.stringify(errors)).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors, JSON.stringify(installabilityErrors)).toEqual([]);

  expect(app.cspViolations, formatCspViolations(app.cspViolations)).toEqual([]);
  expect(app.consoleErrors, app.consoleErrors.join('\n')).toEqual([]);
});
