/**
 * Where the servers the member chose are kept for `index.html`'s first script, which narrows the
 * page's `connect-src` to them before anything else loads (it cannot wait for IndexedDB).
 */
export const CONNECT_ORIGINS_KEY = 'lumbung.syncOrigins';

/** The origins the page may connect to from its next load on: every synced book's server. */
export function keepConnectOrigins(origins: readonly string[]): void {
  const unique = [...new Set(origins)].sort();
  try {
    if (unique.length === 0) localStorage.removeItem(CONNECT_ORIGINS_KEY);
    else localStorage.setItem(CONNECT_ORIGINS_KEY, JSON.stringify(unique));
  } catch {
    // Storage refused (private mode, full): the page keeps the wider policy, nothing else changes.
  }
}
