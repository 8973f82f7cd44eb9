import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { loadMessages } from '../../i18n/translate';
import { hasContacts } from '../../storage';
import { useSession } from '../session/SessionContext';

// The debts card and its messages load only for a book that has contacts: a cash-only book's first
// screen carries nothing of them but this check.
const HomeDebts = lazy(() =>
  Promise.all([import('./HomeDebts'), loadMessages('credit')]).then(([m]) => ({ default: m.HomeDebts })),
);

/** The home screen's debts card, for a book with contacts. */
export function LazyHomeDebts() {
  const { db, book } = useSession();
  const shown = useLiveQuery(() => hasContacts(db, book.id), [db, book.id]);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <HomeDebts />
    </Suspense>
  );
}
