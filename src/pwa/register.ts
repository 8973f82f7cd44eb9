import type { Workbox } from 'workbox-window';

/** Whether a new version of the app is installed and waiting for the member to agree to reload. */
export type UpdateState = 'none' | 'available';

/** What the browser answered when asked to keep the app's data under storage pressure. */
export type PersistentStorageResult = 'granted' | 'denied' | 'unsupported';

let workbox: Workbox | undefined;
let registration: ServiceWorkerRegistration | undefined;
let updateState: UpdateState = 'none';
let reloading = false;
const listeners = new Set<() => void>();

function setUpdateState(next: UpdateState): void {
  if (next === updateState) return;
  updateState = next;
  for (const listener of listeners) listener();
}

/**
 * Registers /sw.js in production builds where service workers exist, after the page has loaded.
 * A new version only marks the update as available; it never takes over on its own.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || workbox) return;
  // Workbox's page side is needed only now, after the load: it stays out of the first screen.
  const { Workbox: WorkboxWindow } = await import('workbox-window');
  if (workbox) return;
  workbox = new WorkboxWindow('/sw.js', { scope: '/' });
  // Fires for a version installed by this page and by another tab alike.
  workbox.addEventListener('waiting', () => setUpdateState('available'));
  try {
    registration = await workbox.register();
  } catch (error) {
    console.error('Lumbung: service worker registration failed', error);
  }
}

/** Calls `listener` whenever the update state changes; returns the unsubscribe function. */
export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The current update state, for `useSyncExternalStore` or a plain read. */
export function getUpdateState(): UpdateState {
  return updateState;
}

/** Asks the waiting version to take over, then reloads once it controls the page. Only on the member's say. */
export function applyUpdate(): void {
  if (updateState !== 'available' || !workbox || reloading) return;
  reloading = true;
  // Another tab may already have switched to the new version; then a reload is all that is left.
  if (!registration?.waiting) {
    window.location.reload();
    return;
  }
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}

/** Asks the browser not to evict the book under storage pressure; reports what it decided. */
export async function requestPersistentStorage(): Promise<PersistentStorageResult> {
  const storage = 'storage' in navigator ? navigator.storage : undefined;
  if (typeof storage?.persist !== 'function' || typeof storage.persisted !== 'function') {
    return 'unsupported';
  }
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
