import type { BusinessDate } from '../../domain/dates';
import { writeStamp, type LumbungDb } from '../../storage';
import { readHome, type HomeData } from './home-reads';

/*
 * The home screen's figures, read while the lock screen waits for the PIN, so that the right PIN
 * shows them at once instead of starting the reads only then. They stay in this module's memory,
 * never in the page, and are handed over once, only while no write can have changed them.
 */
let warm: { bookId: string; today: BusinessDate; data: HomeData } | null = null;

/** Reads home's figures for a book and day ahead of the screen (a failed read is simply not kept). */
export async function warmHome(db: LumbungDb, bookId: string, today: BusinessDate): Promise<void> {
  try {
    warm = { bookId, today, data: await readHome(db, bookId, today) };
  } catch {
    warm = null;
  }
}

/** The figures read ahead for this book and day, if nothing was written since they were read. */
export function peekWarmHome(bookId: string, today: BusinessDate): HomeData | undefined {
  if (!warm || warm.bookId !== bookId || warm.today !== today) return undefined;
  return warm.data.stamp === writeStamp() ? warm.data : undefined;
}

/** Drops the figures read ahead once the screen has them. */
export function forgetWarmHome(): void {
  warm = null;
}
