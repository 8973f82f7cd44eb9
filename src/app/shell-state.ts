import type { Book } from '../domain/model';
import type { Language } from '../i18n/translate';
import { getSetting, listBooks, writeStamp, type LumbungDb } from '../storage';
import { currentLanguage } from './language';

/** The book the member works in (none before the first) and the language the screens speak. */
export interface ShellState {
  book: Book | undefined;
  language: Language;
}

/** Reads which book is open and in which language, as the shell shows them. */
export async function readShellState(db: LumbungDb): Promise<ShellState> {
  const [books, currentBookId, language] = await Promise.all([
    listBooks(db),
    getSetting(db, 'currentBookId'),
    getSetting(db, 'language'),
  ]);
  const book = books.find((b) => b.id === currentBookId) ?? books[0];
  return {
    book,
    language: language === 'en' || language === 'id' ? (language as Language) : currentLanguage(),
  };
}

let warm: { stamp: string; state: ShellState } | null = null;

/** Reads the shell's state ahead, while the lock screen waits, and keeps it for the shell's first render. */
export async function warmShellState(db: LumbungDb): Promise<ShellState | null> {
  const stamp = writeStamp();
  try {
    warm = { stamp, state: await readShellState(db) };
  } catch {
    warm = null;
  }
  return warm?.state ?? null;
}

/** The shell's state read ahead, if nothing was written since (the live read that follows replaces it). */
export function peekWarmShellState(): ShellState | undefined {
  return warm && warm.stamp === writeStamp() ? warm.state : undefined;
}

/** Drops the state read ahead once the shell has its own. */
export function forgetWarmShellState(): void {
  warm = null;
}
