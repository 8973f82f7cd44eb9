import type { Dexie } from 'dexie';

/**
 * The localStorage key of the write stamp: a value that changes whenever any read-write
 * transaction of the database starts, in any tab. Something kept beside the database (the home
 * screen's last figures, shown before the database opens) is trusted only while the stamp it was
 * kept with is still the current one. index.html reads the same key.
 */
export const WRITE_STAMP_KEY = 'lumbung.writeStamp';

let counter = 0;
/** This tab's read-write transactions that have ended (committed or aborted). */
let ended = 0;
const listeners = new Set<() => void>();

/** Where the stamp lives: the page's localStorage, or nothing (Node, a locked-down browser). */
function stampStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The stamp each of this tab's read-write transactions set as it began. */
const setBy = new WeakMap<object, string>();

/** A new stamp, stored; answers it, or nothing when there is nowhere to keep it. */
function bump(): string | undefined {
  try {
    counter += 1;
    const storage = stampStorage();
    if (!storage) return undefined;
    const stamp = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}.${counter}`;
    storage.setItem(WRITE_STAMP_KEY, stamp);
    return stamp;
  } catch {
    // Storage full or refused: the stamp stays as it was, and whatever it guards is re-read anyway
    // once the database is open.
    return undefined;
  }
}

/**
 * The stamp a read-write transaction of this tab set as it began (its core transaction, as
 * `coreTransaction` gives it), if one was stored. While the current stamp is still that one, no
 * read-write transaction has begun since, in this tab or another.
 */
export const stampSetBy = (transaction: object): string | undefined => setBy.get(transaction);

/** After a write of this tab: those waiting for one are told (the stamp moved when it began). */
function tellEnded(): void {
  ended += 1;
  for (const listener of listeners) listener();
}

/**
 * Calls `listener` once each read-write transaction of this tab ends, and when another tab's
 * write moves the stamp (as it begins: what it changes reaches a live query once it ends); returns
 * the unsubscribe. For `useSyncExternalStore` with `writesSeen`.
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

/**
 * What this tab has seen written: the stamp and how many of its own writes have ended, for
 * `useSyncExternalStore` with `subscribeWriteStamp`. The stamp alone moves when a write begins, so
 * a render during the write would already hold it; the count moves when the write is in.
 */
export const writesSeen = (): string => `${writeStamp()}|${ended}`;

/** The current write stamp ('' before the first write on this device). */
export function writeStamp(): string {
  try {
    return stampStorage()?.getItem(WRITE_STAMP_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * Changes the stamp when each read-write transaction starts, and tells this tab's listeners when it
 * ends. Once is enough: IndexedDB runs a transaction after every read-write one created before it
 * that shares a table with it, so a reader who took the stamp before reading either sees each
 * earlier write whole or holds a stamp that a later write has moved. A write that ends unseen (the
 * tab closed in its middle) has moved the stamp already. A Dexie middleware: every write of every
 * verb, setting and repair passes here, with no call of its own.
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
          const stamp = bump();
          if (stamp !== undefined) setBy.set(transaction, stamp);
          // IndexedDB's transaction in the browser (and in fake-indexeddb): an EventTarget.
          const events = transaction as Partial<EventTarget>;
          events.addEventListener?.('complete', tellEnded);
          events.addEventListener?.('abort', tellEnded);
        }
        return transaction;
      },
    }),
  });
}
