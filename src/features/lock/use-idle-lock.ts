import { useEffect } from 'react';
import { idleLongEnough, type IdleMinutes } from '../../domain/lock/idle';
import { lastActiveAt, markActive } from './lock-store';

/** How often the time since the last tap is looked at while the app is shown. */
const CHECK_EVERY_MS = 5_000;
/** Taps closer together than this are noted once, to spare the storage. */
const NOTE_EVERY_MS = 2_000;

/**
 * While the book is open under a lock: notes each tap and key, and calls `lock` once the member
 * has been away for the idle time — in the open app, or hidden (another app, the screen off).
 * Locking at once (0 minutes) locks as the app is hidden.
 */
export function useIdleLock(idle: IdleMinutes | null, lock: () => void): void {
  useEffect(() => {
    if (idle === null) return;
    let noted = 0;
    const note = () => {
      const now = Date.now();
      if (now - noted < NOTE_EVERY_MS) return;
      noted = now;
      markActive(now);
    };
    const check = () => {
      if (idleLongEnough(lastActiveAt(), Date.now(), idle)) lock();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        markActive(Date.now());
        if (idle === 0) lock();
      } else check();
    };
    markActive(Date.now());
    const timer = idle > 0 ? window.setInterval(check, CHECK_EVERY_MS) : undefined;
    window.addEventListener('pointerdown', note, { passive: true });
    window.addEventListener('keydown', note);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pointerdown', note);
      window.removeEventListener('keydown', note);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [idle, lock]);
}
