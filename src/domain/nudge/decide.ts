import { dateInTimeZone, type BusinessDate } from '../dates';

/** The evening reminder's settings and what it knows of the book, as the page leaves them for the worker. */
export interface NudgeState {
  enabled: boolean;
  /** The reminder's time of day in the book's zone, `HH:MM`. */
  time: string;
  timeZone: string;
  /** The book's day of the latest record made on it, or null before any. */
  lastRecordedDate: BusinessDate | null;
  /** The day a reminder was last shown, so it is shown once a day at most. */
  lastNudgedDate: BusinessDate | null;
}

/** The reminder's time when the member has not chosen one. */
export const DEFAULT_NUDGE_TIME = '19:00';

/** Whether a text is a time of day `HH:MM` (00:00–23:59). */
export const isTimeOfDay = (text: string): boolean => /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/.test(text);

/** The wall-clock time `HH:MM` of an instant in a time zone. */
export function timeOfDayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/**
 * The day to remind the member of, or null: when the reminder is on, its time has come in the
 * book's zone, nothing was recorded on the book's today and no reminder was shown today yet.
 */
export function nudgeDue(state: NudgeState, now: Date): BusinessDate | null {
  if (!state.enabled || !isTimeOfDay(state.time)) return null;
  const today = dateInTimeZone(now, state.timeZone);
  if (state.lastRecordedDate === today || state.lastNudgedDate === today) return null;
  return timeOfDayIn(now, state.timeZone) >= state.time ? today : null;
}
