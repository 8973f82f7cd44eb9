import type { ReactNode } from 'react';
import type { BusinessDate } from '../../../src/domain/dates';
import type { Book } from '../../../src/domain/model';
import { SessionContext } from '../../../src/features/session/SessionContext';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import type { LumbungDb } from '../../../src/storage';
import { ToastProvider } from '../../../src/ui/Toast';

/** A screen as the app shows it: inside a session on a real (in-memory) book, in Indonesian, with toasts. */
export function InSession(props: { db: LumbungDb; book: Book; today: BusinessDate; children: ReactNode }) {
  const session = {
    db: props.db,
    book: props.book,
    today: props.today,
    switchBook: async () => undefined,
    setLanguage: async () => undefined,
  };
  return (
    <I18nProvider language="id">
      <ToastProvider>
        <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>
      </ToastProvider>
    </I18nProvider>
  );
}
