import { DEFAULT_NUDGE_TIME, isTimeOfDay } from '../../domain/nudge/decide';

/** The member's choice for the evening reminder on this device. */
export interface NudgePrefs {
  enabled: boolean;
  /** `HH:MM` in the book's zone. */
  time: string;
}

const KEY = 'lumbung.nudge';

/** The reminder's settings (off, at 19:00, until the member chooses). */
export function readNudgePrefs(): NudgePrefs {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<NudgePrefs> | null;
    if (v && typeof v.enabled === 'boolean' && typeof v.time === 'string' && isTimeOfDay(v.time))
      return { enabled: v.enabled, time: v.time };
  } catch {
    // Unreadable or unavailable storage: the reminder is simply off.
  }
  return { enabled: false, time: DEFAULT_NUDGE_TIME };
}

/** Keeps the reminder's settings. */
export function saveNudgePrefs(prefs: NudgePrefs): void {
  localStorage.setItem(KEY, JSON.stringify(prefs));
}
