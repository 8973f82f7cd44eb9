import { todayIn } from '../domain/dates';
import { warmHome } from '../features/home/warm-home';
import { loadMessages } from '../i18n/translate';
import type { LumbungDb } from '../storage';
import { prefetchLaterScreens } from './later-screens';
import { warmShellState } from './shell-state';

/**
 * While the lock screen waits for the PIN: fetches the later screens' code and home's stock card, and reads the shell's
 * state and home's figures into memory (never into the page), so that the right PIN shows home
 * without first waiting for the database. Returns what stops it once the lock screen goes.
 */
export function warmBehindLock(db: LumbungDb): () => void {
  const stopPrefetch = prefetchLaterScreens();
  // Home's stock card is its one lazy piece on every book: fetched here, its first render after the
  // PIN finds the code in place instead of fetching it in the middle of home's render.
  void Promise.all([import('../features/stock/screens'), loadMessages('stock')]).catch(() => undefined);
  let stopped = false;
  void warmShellState(db).then((shell) => {
    if (stopped || !shell?.book) return;
    return warmHome(db, shell.book.id, todayIn(shell.book.timeZone, new Date()));
  });
  return () => {
    stopped = true;
    stopPrefetch();
  };
}
