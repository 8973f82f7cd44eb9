import { useEffect, useState } from 'react';
import { secondsToWait, type FailedTries } from '../../domain/lock/backoff';

/** Whole seconds left before another PIN may be tried, counting down once a second. */
export function useSecondsToWait(tries: FailedTries): number {
  const [now, setNow] = useState(() => Date.now());
  // A try made after the last tick counts from its own moment, not from the stale tick.
  const left = secondsToWait(tries, Math.max(now, tries.lastAt));
  const waiting = left > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [tries, waiting]);
  return left;
}

/** A wait as `m:ss` (or `h:mm:ss` from an hour on), the way a countdown is read. */
export function formatWait(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
