import { dateInTimeZone } from '../../domain/dates';
import type { Book } from '../../domain/model';
import { nudgeDue, type NudgeState } from '../../domain/nudge/decide';
import type { I18n } from '../../i18n/I18nProvider';
import { NUDGE_SYNC_TAG, readNudgeState, writeNudgeState } from '../../pwa/nudge-state';
import type { LumbungDb } from '../../storage';
import { lastChangeAt } from '../../storage/lazy';
import { readNudgePrefs } from './nudge-prefs';

/** What this browser can do for the reminder. */
export type NudgeSupport = 'background' | 'foreground' | 'unsupported';

/** Periodic Background Sync's registration side (Chromium only, not in TypeScript's DOM lib). */
interface PeriodicSyncManager {
  register(tag: string, options: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
}

const periodicSync = (registration: ServiceWorkerRegistration | undefined): PeriodicSyncManager | undefined =>
  (registration as (ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager }) | undefined)
    ?.periodicSync;

const activeRegistration = async (): Promise<ServiceWorkerRegistration | undefined> =>
  'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;

/** Whether notifications can be shown here, and whether the worker can check in the background. */
export async function nudgeSupport(): Promise<NudgeSupport> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return periodicSync(await activeRegistration()) ? 'background' : 'foreground';
}

/** Asks for notifications and, where the browser has it, a background check about hourly. */
export async function enableNudge(): Promise<NotificationPermission> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return permission;
  try {
    await periodicSync(await activeRegistration())?.register(NUDGE_SYNC_TAG, { minInterval: 60 * 60 * 1000 });
  } catch {
    // Refused (the app is not installed, or the site's engagement is low): the page still checks.
  }
  return permission;
}

/** Stops the background check. */
export async function disableNudge(): Promise<void> {
  await periodicSync(await activeRegistration())
    ?.unregister(NUDGE_SYNC_TAG)
    .catch(() => undefined);
}

async function showReminder(title: string, body: string): Promise<void> {
  const registration = await activeRegistration();
  if (registration)
    await registration.showNotification(title, { body, tag: NUDGE_SYNC_TAG, icon: '/icons/icon-192.png' });
  else new Notification(title, { body, tag: NUDGE_SYNC_TAG });
}

/**
 * Brings the state the worker reads up to date (settings, the book's zone, the day of its latest
 * record), and reminds the member now when the reminder is due: the check for browsers without a
 * background one, run when the app is opened or shown.
 */
export async function refreshNudge(db: LumbungDb, book: Book, t: I18n['t']): Promise<void> {
  const prefs = readNudgePrefs();
  const [lastAt, stored] = await Promise.all([lastChangeAt(db, book.id), readNudgeState(caches)]);
  const state: NudgeState = {
    ...prefs,
    timeZone: book.timeZone,
    lastRecordedDate: lastAt ? dateInTimeZone(new Date(lastAt), book.timeZone) : null,
    lastNudgedDate: stored?.lastNudgedDate ?? null,
  };
  const message = { title: t('nudge.notification.title'), body: t('nudge.notification.body') };
  const day =
    typeof Notification !== 'undefined' &&
    Notification.permission === 'granted' &&
    nudgeDue(state, new Date());
  if (day) await showReminder(message.title, message.body);
  await writeNudgeState(caches, { ...state, lastNudgedDate: day || state.lastNudgedDate, message });
}
