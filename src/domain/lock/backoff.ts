/** Wrong tries so far and when the last one was, kept across reloads. */
export interface FailedTries {
  count: number;
  /** Epoch milliseconds of the last wrong try, or 0 before any. */
  lastAt: number;
}

/** No wrong tries. */
export const NO_FAILED_TRIES: FailedTries = { count: 0, lastAt: 0 };

/** Seconds to wait after the n-th wrong PIN in a row: three free tries, then longer and longer. */
const WAITS = [0, 0, 5, 15, 30, 60, 300, 900] as const;
/** From the ninth wrong PIN on, each try waits an hour. */
const LONGEST_WAIT = 3600;

/** Seconds of waiting a run of `count` wrong PINs earns. */
export const waitSeconds = (count: number): number => (count <= 0 ? 0 : (WAITS[count - 1] ?? LONGEST_WAIT));

/** Epoch milliseconds before which no PIN may be tried (0 or in the past when one may). */
export const nextTryAt = (tries: FailedTries): number =>
  tries.count === 0 ? 0 : tries.lastAt + waitSeconds(tries.count) * 1000;

/** Whole seconds left to wait at `now` (0 when a PIN may be tried). */
export const secondsToWait = (tries: FailedTries, now: number): number =>
  Math.max(0, Math.ceil((nextTryAt(tries) - now) / 1000));

/** The tries after one more wrong PIN at `now`. */
export const withFailure = (tries: FailedTries, now: number): FailedTries => ({
  count: tries.count + 1,
  lastAt: now,
});

/** Whether a value read back from storage is a `FailedTries`. */
export function isFailedTries(value: unknown): value is FailedTries {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Number.isSafeInteger(v.count) && (v.count as number) >= 0 && Number.isFinite(v.lastAt);
}
