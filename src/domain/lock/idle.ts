/** The idle times a member may choose, in minutes (0: lock whenever the app is left). */
export const IDLE_CHOICES = [0, 1, 5, 15] as const;

/** One of the idle times offered. */
export type IdleMinutes = (typeof IDLE_CHOICES)[number];

/** The idle time offered first. */
export const DEFAULT_IDLE: IdleMinutes = 1;

/** Whether a stored number is one of the idle times offered. */
export const isIdleMinutes = (value: unknown): value is IdleMinutes =>
  IDLE_CHOICES.some((choice) => choice === value);

/**
 * Whether the book should be locked at `now`, the member's last sign of life (a tap, a key, the
 * app shown) having been at `lastActiveAt` (epoch ms, 0 when unknown).
 */
export function idleLongEnough(lastActiveAt: number, now: number, idle: IdleMinutes): boolean {
  if (lastActiveAt <= 0 || now < lastActiveAt) return true;
  return now - lastActiveAt >= Math.max(idle * 60_000, 1);
}
