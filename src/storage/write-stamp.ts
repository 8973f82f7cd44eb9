import type { Dexie } from 'dexie';

/**
 * The localStorage key of the write stamp: a value that changes whenever any read-write
 * transaction of the database starts or ends, in any tab. Something kept beside the database (the
 * home screen's last figures, shown before the database opens) is trusted only while the stamp it
 * was kept with is still the current one. index.html reads the same key.
 */
export const WRITE_STAMP_KEY = 'lumbung.writeStamp';

let counter = 0;
const listeners = new Set<() => void>();

/** Where the stamp lives: the page's localStorage, or nothing (Node, a locked-down browser). */
function stampStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function bump(): void {
  try {
    counter += 1;
    stampStorage()?.setItem(
      WRITE_STAMP_KEY,
      `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}.${counter}`,
    );
  } catch {
    // Storage full or refused: the stamp stays as it was, and whatever it guards is re-read anyway
    // once the database is open.
  }
}

/** After a write of this tab: a new stamp, and those waiting for one are told. */
function bumpAndTell(): void {
  bump();
  for (const listener of listeners) listener();
}

/**
 * Calls `listener` once each read-write transaction of this tab ends, and when another tab's
 * write moves the stamp; returns the unsubscribe. For `useSyncExternalStore` with `writeStamp`.
 */
export function subscribeWriteStamp(listener: () => void): () => void {
  const otherTab = (event: StorageEvent) => {
    if (event.key === WRITE_STAMP_KEY) listener();
  };
  listeners.add(listener);
  if (typeof window !== 'undefined') window.addEventListener('storage', otherTab);
  return () => {
    listeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', otherTab);
  };
}

/** The current write stamp ('' before the first write on this device). */
export function writeStamp(): string {
  try {
    return stampStorage()?.getItem(WRITE_STAMP_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * Changes the stamp when each read-write transaction starts and again when it ends, so that a
 * reader who took the stamp before reading sees it move if a write overlapped the read. A Dexie
 * middleware: every write of every verb, setting and repair passes here, with no call of its own.
 */
export function stampWrites(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'writeStamp',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const transaction = down.transaction(stores, mode, options);
        if (mode === 'readwrite') {
          bump();
          // IndexedDB's transaction in the browser (and in fake-indexeddb): an EventTarget.
          const events = transaction as Partial<EventTarget>;
          events.addEventListener?.('complete', bumpAndTell);
          events.addEventListener?.('abort', bumpAndTell);
        }
        return transaction;
      },
    }),
  });
}
