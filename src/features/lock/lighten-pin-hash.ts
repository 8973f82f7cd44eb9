import { hashSecret, PIN_ITERATIONS } from '../../domain/lock/secret-hash';
import { readLock, saveLock, type LockRecord } from './lock-store';

/**
 * After the right PIN, rehashes a PIN kept with more rounds than the app now uses (earlier versions
 * used 300,000, then 100,000), so later unlocks are as quick as a new PIN's. It waits until the page is idle, after
 * the home screen, and changes nothing if the lock changed in the meantime.
 */
export function lightenPinHash(pin: string, opened: LockRecord): void {
  if (opened.pin.iterations <= PIN_ITERATIONS) return;
  const rehash = () =>
    void hashSecret(pin, PIN_ITERATIONS).then((pinHash) => {
      const now = readLock();
      if (now && now.pin.hash === opened.pin.hash) saveLock({ ...now, pin: pinHash });
    });
  if (typeof requestIdleCallback === 'function') requestIdleCallback(rehash, { timeout: 5000 });
  else setTimeout(rehash, 1000);
}
