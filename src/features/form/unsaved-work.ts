/** A form that holds input the member has not saved yet. */
export interface UnsavedWork {
  /** Saves what can be saved through the ordinary verbs; resolves when it is committed. */
  saveNow: () => Promise<void>;
}

const open = new Set<UnsavedWork>();

/** Registers a form's unsaved input; returns the function that withdraws it. */
export function holdUnsavedWork(work: UnsavedWork): () => void {
  open.add(work);
  return () => {
    open.delete(work);
  };
}

/** Whether any form holds unsaved input (an update must not reload over it). */
export const hasUnsavedWork = (): boolean => open.size > 0;

/** Saves every form's unsaved input, e.g. before another tab upgrades the database. */
export async function saveAllUnsavedWork(): Promise<void> {
  await Promise.allSettled([...open].map((w) => w.saveNow()));
}
