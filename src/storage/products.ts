import {
  addProductChange,
  editProductChange,
  hideProductChange,
  type ProductInput,
} from '../domain/changes/product';
import type { Id } from '../domain/model';
import { newId } from '../domain/platform';
import type { Product } from '../domain/product';
import { fail, type Result } from '../domain/result';
import { commitPlanned } from './commit-result';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { bookRows } from './expectations';
import { retryOnStale } from './retry';

export type { ProductInput };

/** Every product of a book, hidden ones included (the screens choose what to offer). */
export const listProducts = (db: LumbungDb, bookId: Id): Promise<Product[]> => bookRows(db.products, bookId);

/** Adds a product to a book's short list; names are unique per book, case aside. */
export function addProduct(
  db: LumbungDb,
  bookId: Id,
  input: ProductInput,
): Promise<Result<Product, StorageProblem>> {
  return retryOnStale(async () => {
    if (!(await db.books.get(bookId))) return fail(problem('book.notFound'));
    const siblings = await bookRows(db.products, bookId);
    const row = { id: newId(), at: new Date().toISOString() };
    return commitPlanned(db, addProductChange(bookId, input, siblings, row));
  });
}

/** A product and its book's others, planned and committed, or a refusal when there is no such product. */
function withSiblings(
  db: LumbungDb,
  productId: Id,
  plan: (product: Product, siblings: Product[], at: string) => ReturnType<typeof editProductChange>,
): Promise<Result<Product, StorageProblem>> {
  return retryOnStale(async () => {
    const product = await db.products.get(productId);
    if (!product) return fail(problem('product.notFound'));
    const siblings = await bookRows(db.products, product.bookId);
    return commitPlanned(db, plan(product, siblings, new Date().toISOString()));
  });
}

/** Changes a product's name or price. */
export const editProduct = (
  db: LumbungDb,
  productId: Id,
  input: ProductInput,
): Promise<Result<Product, StorageProblem>> =>
  withSiblings(db, productId, (p, siblings, at) => editProductChange(p, input, siblings, at));

/** Takes a product off the sale screen's chips, or offers it again. */
export const setProductHidden = (
  db: LumbungDb,
  productId: Id,
  hidden: boolean,
): Promise<Result<Product, StorageProblem>> =>
  withSiblings(db, productId, (p, siblings, at) => hideProductChange(p, hidden, siblings, at));
