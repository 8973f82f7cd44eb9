import { createContext, useContext } from 'react';
import type { Book } from '../../domain/model';
import type { BusinessDate } from '../../domain/dates';
import type { Language } from '../../i18n/translate';
import type { LumbungDb } from '../../storage';

/** The open database and the book the member is working in. */
export interface Session {
  db: LumbungDb;
  book: Book;
  /** Today in the book's time zone; changes at the book's midnight. */
  today: BusinessDate;
  /** Makes another book the current one. */
  switchBook: (bookId: string) => Promise<void>;
  /** Changes the app's language and remembers it. */
  setLanguage: (language: Language) => Promise<void>;
}

/** Carries the session to every feature. */
export const SessionContext = createContext<Session | null>(null);

/** The current session; only rendered below a book. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionContext above it');
  return session;
}
