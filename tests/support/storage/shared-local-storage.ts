import { afterEach, beforeEach } from 'vitest';

/** The localStorage the tabs of one browser share, kept in memory. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
}

/**
 * Gives each test of the calling `describe` a fresh, empty localStorage (Node has none), as the
 * write stamp finds it in a browser, and takes it away after.
 */
export function useSharedLocalStorage(): void {
  beforeEach(() => {
    (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });
}
