import { useLiveQuery } from 'dexie-react-hooks';
import type { Direction } from '../../domain/kinds';
import { offeredProducts, type Product } from '../../domain/product';
import { listProducts } from '../../storage';
import { useSession } from '../session/SessionContext';

const NONE: readonly Product[] = [];

/** The book's visible products for the money-in screen's chips, read live; none for money out. */
export function useOfferedProducts(direction: Direction): readonly Product[] {
  const { db, book } = useSession();
  const products = useLiveQuery(
    () => (direction === 'in' ? listProducts(db, book.id).then(offeredProducts) : NONE),
    [db, book.id, direction],
  );
  return products ?? NONE;
}
