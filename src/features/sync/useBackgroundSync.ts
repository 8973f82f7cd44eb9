import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { syncWatch, type LumbungDb } from '../../storage';
import type { SyncRunner } from './runner';

/**
 * Keeps the background push going while the app is open: the runner (a chunk of its own) loads
 * once a book syncs, and is kicked whenever a synced book's chain or acknowledgement moves.
 */
export function useBackgroundSync(db: LumbungDb): void {
  const watched = useLiveQuery(() => syncWatch(db), [db]);
  const runner = useRef<Promise<SyncRunner> | null>(null);
  useEffect(() => {
    if (!watched) return;
    runner.current ??= import('./runner').then((m) => m.startSyncRunner(db));
    void runner.current.then((r) => r.kick());
  }, [db, watched]);
  useEffect(
    () => () => {
      void runner.current?.then((r) => r.stop());
      runner.current = null;
    },
    [db],
  );
}
