/** The first wait before trying a push again. */
export const RETRY_BASE_MS = 2_000;
/** The longest wait between two tries, however many failed. */
export const RETRY_CAP_MS = 10 * 60_000;

/**
 * How long to wait before try number `attempt + 1` (attempt 0 is the first retry): exponential
 * backoff with full jitter, so phones that lost the server together do not return together, never
 * above RETRY_CAP_MS, and never before a `Retry-After` the server sent (itself capped).
 */
export function retryDelay(
  attempt: number,
  random: () => number = Math.random,
  retryAfterS?: number,
): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.min(attempt, 30));
  const jittered = Math.floor(random() * ceiling);
  const asked = retryAfterS === undefined ? 0 : Math.min(RETRY_CAP_MS, Math.max(0, retryAfterS) * 1000);
  return Math.max(jittered, asked);
}
