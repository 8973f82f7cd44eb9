import { holdUnsavedWork } from '../form/unsaved-work';

/**
 * Runs a long write (an import, a restore) as unsaved work: an app update waits for it instead of
 * reloading over it, and another tab's upgrade waits for it to finish before closing the database.
 */
export async function whileBusy<T>(work: Promise<T>): Promise<T> {
  const release = holdUnsavedWork({
    saveNow: () =>
      work.then(
        () => undefined,
        () => undefined,
      ),
  });
  try {
    return await work;
  } finally {
    release();
  }
}
