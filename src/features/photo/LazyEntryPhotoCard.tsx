import { lazy, Suspense } from 'react';
import type { Id } from '../../domain/model';
import { loadMessages } from '../../i18n/translate';

const Card = lazy(() =>
  Promise.all([import('./EntryPhotoCard'), loadMessages('photo')]).then(([m]) => ({
    default: m.EntryPhotoCard,
  })),
);

/** The receipt photo card, its code, compressor and messages fetched the first time a detail shows it. */
export function LazyEntryPhotoCard(props: { entryId: Id; bookId: Id }) {
  return (
    <Suspense fallback={null}>
      <Card {...props} />
    </Suspense>
  );
}
