import { todayIn } from '../domain/dates';
import { warmHome } from '../features/home/warm-home';
import type { LumbungDb } from '../storage';
import { prefetchLaterScreens } from './later-screens';
import { warmShellState } from './shell-state';

/**
 * While the lock screen waits for the PIN: fetches the later screens' code, and reads the shell's
 * state and home's figures into memory (never into the page), so that the right PIN shows home
 * without first waiting for the database. Returns what stops it once the lock screen goes.
 */
export function warmBehindLock(db: LumbungDb): () => void {
  const stopPrefetch = prefetchLaterScreens();
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
