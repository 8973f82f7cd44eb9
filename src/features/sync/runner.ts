import { retryDelay } from '../../domain/sync/backoff';
import type { LumbungDb } from '../../storage';
import { deviceKey, listSyncLinks } from '../../storage/lazy';
import { keepConnectOrigins } from './connect-origins';
import { pushPass } from './push';
import { serverClient } from './server-client';

/** The background push of every synced book on this phone: one pass at a time, never in a save's way. */
export interface SyncRunner {
  /** Asks for a pass soon (after a commit, at start, when back online); passes never overlap. */
  kick(): void;
  stop(): void;
}

/**
 * Starts the background push over a database: a pass over every synced book that has not stopped,
 * then, for a book left unsent, another after `retryDelay`'s backoff. Offline, it waits for the
 * browser's `online` event. Everything runs after the commits it follows, so no save waits for it.
 */
export function startSyncRunner(db: LumbungDb): SyncRunner {
  let running = false;
  let again = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = (retryAfterS?: number) => {
    clearTimeout(timer);
    timer = setTimeout(kick, retryDelay(attempt, Math.random, retryAfterS));
    attempt += 1;
  };

  async function passOverAll(): Promise<void> {
    const links = await listSyncLinks(db);
    keepConnectOrigins(links.map((link) => link.origin));
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
    const signer = (await deviceKey()).signer;
    let retryAfterS: number | undefined;
    let unsent = false;
    for (const link of links) {
      if (link.stopped) continue;
      const pass = await pushPass(db, link, serverClient(link.origin, signer));
      if (pass.kind === 'retry') {
        unsent = true;
        retryAfterS = Math.max(retryAfterS ?? 0, pass.retryAfterS ?? 0) || undefined;
      }
    }
    if (unsent) schedule(retryAfterS);
    else attempt = 0;
  }

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    passOverAll()
      .catch(() => schedule())
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          kick();
        }
      });
  }

  const online = () => {
    attempt = 0;
    kick();
  };
  window.addEventListener('online', online);
  kick();
  return {
    kick,
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', online);
    },
  };
}
