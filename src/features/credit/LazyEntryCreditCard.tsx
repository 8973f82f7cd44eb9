import { lazy, Suspense } from 'react';
import type { Entry } from '../../domain/model';
import { loadMessages } from '../../i18n/translate';

const Card = lazy(() =>
  Promise.all([import('./EntryCreditCard'), loadMessages('credit')]).then(([m]) => ({
    default: m.EntryCreditCard,
  })),
);

/** An entry's debt card, its code and the credit messages fetched only for an entry that names a contact. */
export function LazyEntryCreditCard({ entry }: { entry: Entry }) {
  if (entry.contactId === undefined) return null;
  return (
    <Suspense fallback={null}>
      <Card entry={entry} />
    </Suspense>
  );
}
