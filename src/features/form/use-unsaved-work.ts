import { useEffect, useLayoutEffect, useRef } from 'react';
import { holdUnsavedWork } from './unsaved-work';

/**
 * While `touched`, registers the form's unsaved input so that an update waits for it and another
 * tab's upgrade saves it first; `saveNow` always runs with the form's latest state.
 */
export function useUnsavedWork(touched: boolean, saveNow: () => Promise<unknown>): void {
  const latest = useRef(saveNow);
  useLayoutEffect(() => {
    latest.current = saveNow;
  });
  useEffect(() => {
    if (!touched) return;
    return holdUnsavedWork({ saveNow: async () => void (await latest.current()) });
  }, [touched]);
}
