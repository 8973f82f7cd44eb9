import { isTimeOfDay, type NudgeState } from '../domain/nudge/decide';

/**
 * The evening reminder's state, where both the page and the service worker reach it: one JSON
 * entry in Cache Storage (the worker has no local storage and does not open the book's database).
 */

/** The cache that holds the reminder's state. */
const NUDGE_CACHE = 'lumbung-nudge';
const NUDGE_KEY = '/nudge/state';

/** The Periodic Background Sync tag the reminder registers. */
export const NUDGE_SYNC_TAG = 'lumbung-nudge';

/** The state as stored: with the reminder's words in the member's language, for the worker to show. */
export interface StoredNudge extends NudgeState {
  message: { title: string; body: string };
}

/** Cache Storage as both the page and the worker have it. */
interface CachesLike {
  open(name: string): Promise<{
    match(key: string): Promise<{ json(): Promise<unknown> } | undefined>;
    put(key: string, response: Response): Promise<void>;
  }>;
}

const isDateOrNull = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));

/** The stored state, or null when none was stored or it is not one. */
export async function readNudgeState(caches: CachesLike): Promise<StoredNudge | null> {
  try {
    const stored = await (await caches.open(NUDGE_CACHE)).match(NUDGE_KEY);
    const v = (await stored?.json()) as Partial<StoredNudge> | undefined;
    if (!v || typeof v.enabled !== 'boolean' || typeof v.time !== 'string' || !isTimeOfDay(v.time))
      return null;
    if (
      typeof v.timeZone !== 'string' ||
      !isDateOrNull(v.lastRecordedDate) ||
      !isDateOrNull(v.lastNudgedDate)
    )
      return null;
    const message = v.message;
    if (typeof message?.title !== 'string' || typeof message.body !== 'string') return null;
    return {
      message: { title: message.title, body: message.body },
      enabled: v.enabled,
      time: v.time,
      timeZone: v.timeZone,
      lastRecordedDate: v.lastRecordedDate,
      lastNudgedDate: v.lastNudgedDate,
    };
  } catch {
    return null;
  }
}

/** Stores the state, replacing the previous one. */
export async function writeNudgeState(caches: CachesLike, state: StoredNudge): Promise<void> {
  const response = new Response(JSON.stringify(state), { headers: { 'Content-Type': 'application/json' } });
  await (await caches.open(NUDGE_CACHE)).put(NUDGE_KEY, response);
}
