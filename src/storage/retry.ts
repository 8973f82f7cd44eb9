import type { Result } from '../domain/result';
import { problem, type StorageProblem } from './errors';

/** Thrown inside a transaction when what the verb read before it opened has changed meanwhile. */
export class StaleReadError extends Error {
  constructor(what: string) {
    super(`changed by a concurrent write: ${what}`);
    this.name = 'StaleReadError';
  }
}

/** How many times a verb starts over after a concurrent write before it gives up. */
export const MAX_ATTEMPTS = 8;

/**
 * Runs a verb, and runs it again from the start (reads, validation, hashing) when its transaction
 * found its earlier reads stale. Any other error propagates: those are bugs or a failing disk.
 */
export async function retryOnStale<T>(
  verb: () => Promise<Result<T, StorageProblem>>,
): Promise<Result<T, StorageProblem>> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      return await verb();
    } catch (error) {
      if (!(error instanceof StaleReadError)) throw error;
    }
  }
  return { ok: false, errors: [problem('storage.busy')] };
}

/** Throws `StaleReadError` unless two readings of the same thing agree. */
export function expectUnchanged(before: unknown, now: unknown, what: string): void {
  if (JSON.stringify(before) !== JSON.stringify(now)) throw new StaleReadError(what);
}
