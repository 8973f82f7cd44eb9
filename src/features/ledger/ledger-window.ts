import type { PageCursor } from '../../storage';

/** Entries per page of the ledger. */
export const LEDGER_PAGE = 50;

/** Pages kept on screen at most: 4 × 50 = 200 rows, however far the member scrolls. */
export const LEDGER_MAX_PAGES = 4;

/**
 * Which pages of the ledger are on screen: the window starts where the cursor at the top of
 * `starts` points (the newest entry when empty) and holds `pages` pages. Only cursors are kept for
 * the pages dropped above, never their rows.
 */
export interface LedgerWindow {
  starts: readonly PageCursor[];
  pages: number;
}

/** The window at the top of the ledger. */
export const FIRST_WINDOW: LedgerWindow = { starts: [], pages: 1 };

/** One page further down: grows the window, or, when full, drops its first page (whose end is `firstPageEnd`). */
export function windowDown(w: LedgerWindow, firstPageEnd: PageCursor | null): LedgerWindow {
  if (w.pages < LEDGER_MAX_PAGES) return { ...w, pages: w.pages + 1 };
  return firstPageEnd ? { ...w, starts: [...w.starts, firstPageEnd] } : w;
}

/** One page further up: takes back the page dropped last (the last page of the window drops instead). */
export const windowUp = (w: LedgerWindow): LedgerWindow =>
  w.starts.length === 0 ? w : { ...w, starts: w.starts.slice(0, -1) };

/** Where the window starts (undefined: at the newest entry). */
export const windowStart = (w: LedgerWindow): PageCursor | undefined => w.starts[w.starts.length - 1];
