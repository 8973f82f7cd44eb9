import type { BusinessDate } from '../../domain/dates';
import { dayBoundsIn } from '../../domain/zone-day';
import { LOCK_RECORD_KEY } from '../lock/lock-key';

/**
 * The home screen as last shown, kept in localStorage so that the next visit can show it at once,
 * before the app's script has loaded and the database has opened (index.html's inline script puts
 * it in place). It is shown only while nothing can have changed it: the same write stamp (no
 * write to the database since), the same day in the book's time zone, the same build, the home
 * route. The live app then renders apart and takes the page over once it has its own figures.
 */
export const FIRST_SCREEN_KEY = 'lumbung.firstScreen';

/** Drops the kept screen, so the next visit waits for the app (and its lock) before any figure. */
export function forgetFirstScreen(): void {
  try {
    localStorage.removeItem(FIRST_SCREEN_KEY);
  } catch {
    // No storage: nothing was kept either.
  }
}

/** What is kept: the screen's HTML and what it must still match to be shown. */
export interface FirstScreen {
  html: string;
  /** The write stamp taken before the figures were read. */
  stamp: string;
  /**
   * The instants (ms since the epoch) the figures' business day spans in the book's time zone, so
   * the page's inline script compares clocks instead of building a time-zone formatter, which on a
   * slow phone costs more than all the rest of the page before the kept screen.
   */
  since: number;
  until: number;
  /** The page's module script: another build may draw the screen differently. */
  script: string;
}

/** The URL of the page's module script, which names the build. */
export const pageScript = (): string =>
  document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? '';

/** What the home screen's figures were read at: the write stamp, the business day and its zone. */
export interface KeptBasis {
  stamp: string;
  today: BusinessDate;
  timeZone: string;
}

/**
 * Keeps the home screen as it is now in the page, once the browser is idle, if it is still the
 * home screen with its figures. Toasts are left out: they belong to the moment.
 */
export function keepFirstScreen(basis: KeptBasis): () => void {
  const keep = () => {
    if (localStorage.getItem(LOCK_RECORD_KEY) !== null) return forgetFirstScreen();
    const root = document.getElementById('root');
    if (!root?.querySelector('main.home:not([aria-busy="true"])')) return;
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.toast-host > *').forEach((toast) => toast.remove());
    const kept: FirstScreen = {
      stamp: basis.stamp,
      ...dayBoundsIn(basis.today, basis.timeZone),
      html: copy.innerHTML,
      script: pageScript(),
    };
    try {
      localStorage.setItem(FIRST_SCREEN_KEY, JSON.stringify(kept));
    } catch {
      // No room or no storage: the next visit waits for the database, as without a kept screen.
    }
  };
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(keep, 200);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(keep, { timeout: 2000 });
  return () => cancelIdleCallback(handle);
}
