import { useCallback, useEffect, useState } from 'react';
import { api } from './api';
import { useErrorText } from './use-error-text';

/** A page of a list as the server sends it: its items, and the cursor of the next page (null at the end). */
interface Page<T, C> {
  items: T[];
  next: C | null;
}

/**
 * A list read from the server a page at a time, newest first: the first page on opening and
 * whenever `key` changes, each further page added below on `load(next)`; why a page failed in
 * words. `pathOf(null)` is the first page's path, `pathOf(cursor)` a later one's.
 */
export function usePagedList<T, C>(pathOf: (cursor: C | null) => string, key: unknown) {
  const errorText = useErrorText();
  const [items, setItems] = useState<T[] | null>(null);
  const [next, setNext] = useState<C | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    (cursor: C | null) => {
      api<Page<T, C>>('GET', pathOf(cursor)).then(
        (page) => {
          setItems((shown) => (cursor !== null && shown ? [...shown, ...page.items] : page.items));
          setNext(page.next);
          setError(null);
        },
        (refused: unknown) => setError(errorText(refused)),
      );
    },
    // pathOf and errorText are remade each render; the list starts again when its key does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  useEffect(() => load(null), [load]);
  return { items, next, error, load };
}
