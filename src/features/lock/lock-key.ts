/**
 * Where the lock record is kept in the page's local storage. The kept first screen
 * (features/home/first-screen.ts) and index.html's script read it too: nothing of a locked book
 * is kept or shown before the PIN.
 */
export const LOCK_RECORD_KEY = 'lumbung.lock';
