/** A form that holds input the member has not saved yet. */
export interface UnsavedWork {
  /** Saves what can be saved through the ordinary verbs; resolves when it is committed. */
  saveNow: () => Promise<void>;
}

const open = new Set<UnsavedWork>();
const listeners = new Set<() => void>();

/** Registers a form's unsaved input; returns the function that withdraws it. */
export function holdUnsavedWork(work: UnsavedWork): () => void {
  open.add(work);
  listeners.forEach((l) => l());
  return () => {
    open.delete(work);
    listeners.forEach((l) => l());
  };
}

/** Whether any form holds unsaved input (an update must not reload over it). */
export const hasUnsavedWork = (): boolean => open.size > 0;

/** Saves every form's unsaved input, e.g. before another tab upgrades the database. */
export async function saveAllUnsavedWork(): Promise<void> {
  await Promise.allSettled([...open].map((w) => w.saveNow()));
}

/** Calls the listener whenever a form starts or stops holding input. */
export function subscribeUnsavedWork(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
