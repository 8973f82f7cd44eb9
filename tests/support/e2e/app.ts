import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { collectConsoleErrors } from './console';
import { collectCspViolations } from './csp';
import type { CspViolation } from './csp';

/** The app in a browser whose profile lives on disk, so IndexedDB survives a restart. */
export interface PersistentApp {
  /** The current page; replaced by relaunch(). */
  readonly page: Page;
  /** The current browser context; replaced by relaunch(). */
  readonly context: BrowserContext;
  /** The profile directory, removed after the test. */
  readonly userDataDir: string;
  /** Console errors and uncaught exceptions from every launch so far. */
  readonly consoleErrors: string[];
  /** CSP violations from every launch so far. */
  readonly cspViolations: CspViolation[];
  /** Closes the browser and opens the same profile again at `path` (default: `/`); returns the new page. */
  relaunch(path?: string): Promise<Page>;
}

type LaunchPersistentOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

/** Opens (or reopens) one profile with the project's launch and context options. */
class PersistentProfile implements PersistentApp {
  readonly consoleErrors: string[] = [];
  readonly cspViolations: CspViolation[] = [];
  private current: { context: BrowserContext; page: Page } | undefined;

  constructor(
    readonly userDataDir: string,
    private readonly options: LaunchPersistentOptions,
  ) {}

  get page(): Page {
    return this.opened().page;
  }

  get context(): BrowserContext {
    return this.opened().context;
  }

  async launch(): Promise<Page> {
    const context = await chromium.launchPersistentContext(this.userDataDir, this.options);
    collectConsoleErrors(context, this.consoleErrors);
    await collectCspViolations(context, this.cspViolations);
    const page = context.pages()[0] ?? (await context.newPage());
    this.current = { context, page };
    return page;
  }

  async relaunch(path = '/'): Promise<Page> {
    await this.close();
    const page = await this.launch();
    await page.goto(path);
    return page;
  }

  async close(): Promise<void> {
    // A graceful close lets Chromium flush IndexedDB to the profile before the next launch.
    await this.current?.context.close();
    this.current = undefined;
  }

  private opened(): { context: BrowserContext; page: Page } {
    if (!this.current) throw new Error('The browser is closed; call relaunch() first.');
    return this.current;
  }
}

/** Playwright's `test`, plus `app`: a fresh persistent Chromium profile per test. */
export const test = base.extend<{ app: PersistentApp }>({
  app: async ({ headless, launchOptions, baseURL, viewport, locale, timezoneId, serviceWorkers }, use) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'lumbung-profile-'));
    const profile = new PersistentProfile(userDataDir, {
      ...launchOptions,
      headless,
      baseURL,
      viewport,
      locale,
      timezoneId,
      serviceWorkers,
    });
    try {
      await profile.launch();
      await use(profile);
    } finally {
      await profile.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
