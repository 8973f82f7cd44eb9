import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { requestPersistentStorage } from '../../pwa/register';
import { getPersistResult, setPersistResult, type LumbungDb, type PersistResult } from '../../storage';

let asking = false;

/** Asks the browser to keep the app's data, and remembers its answer for the data screen. */
export async function askPersistentStorage(db: LumbungDb): Promise<PersistResult> {
  const result = await requestPersistentStorage();
  await setPersistResult(db, result);
  return result;
}

/**
 * Asks for persistent storage once, after the first saved entry (not on load: a browser grants it
 * more readily to a site the member has used, and a prompt before any data would be noise).
 */
export function useAskPersistentStorageAfterFirstEntry(db: LumbungDb): void {
  const due = useLiveQuery(
    async () => (await getPersistResult(db)) === undefined && (await db.entries.count()) > 0,
    [db],
  );
  useEffect(() => {
    if (!due || asking) return;
    asking = true;
    void askPersistentStorage(db).finally(() => {
      asking = false;
    });
  }, [db, due]);
}

/** The remembered answer, refreshed when the browser has since granted it on its own. */
export function usePersistResult(db: LumbungDb): PersistResult | undefined | null {
  const stored = useLiveQuery(() => getPersistResult(db), [db], null);
  useEffect(() => {
    if (stored === null || stored === 'granted' || !navigator.storage?.persisted) return;
    void navigator.storage.persisted().then((granted) => {
      if (granted) void setPersistResult(db, 'granted');
    });
  }, [db, stored]);
  return stored;
}
