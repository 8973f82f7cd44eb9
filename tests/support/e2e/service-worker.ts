import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * Waits until the app's service worker (/sw.js) is activated and controls the page, which is when
 * the app can reload offline. Fails with a readable message if that never happens.
 */
export async function waitForServiceWorkerControl(page: Page, timeout = 20_000): Promise<void> {
  const expected = `${new URL('/sw.js', page.url()).href} activated`;
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const controller = navigator.serviceWorker.controller;
          return controller ? `${controller.scriptURL} ${controller.state}` : 'not controlled';
        }),
      { message: 'the app registers /sw.js, it activates and controls the page', timeout },
    )
    .toBe(expected);
}
