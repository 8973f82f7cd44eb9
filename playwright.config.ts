import { defineConfig } from '@playwright/test';
import { CHROMIUM_MISSING_MESSAGE, findChromium } from './scripts/check-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_MISSING_MESSAGE);

const PORT = 4174;
const BASE_URL = `http://127.0.0.1:${PORT}`;

// The end-to-end suite drives the system Chromium against the built app (`npm run test:e2e` builds
// first). Tests get a persistent profile from tests/support/e2e/app.ts, which reuses these options.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // Two cores: one browser at a time keeps service-worker and IndexedDB timings steady.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  webServer: {
    // Bound to 127.0.0.1 explicitly so a `localhost` that resolves to ::1 cannot miss baseURL.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    // Always serve this checkout's dist/, never someone else's server on the port.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: {
    baseURL: BASE_URL,
    viewport: { width: 360, height: 740 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    serviceWorkers: 'allow',
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath,
          // --no-sandbox lets CI run as root; the rest keep the browser quiet and offline-clean.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
