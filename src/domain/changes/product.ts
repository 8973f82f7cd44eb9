import { PRODUCTS_MAX } from '../limits';
import type { Id, Instant } from '../model';
import { toRupiah } from '../money';
import { nameProblems } from '../names';
import type { Product } from '../product';
import { fail, ok, type Problem, type Result } from '../result';
import { canonicalText } from '../text';
import type { Planned } from './change';

/** What a member fills in for a product: its name and price in whole Rupiah. */
export interface ProductInput {
  name: string;
  price: number;
}

/** Problems with a product's price: a safe whole amount above zero. */
function priceProblems(price: number): Problem[] {
  const checked = toRupiah(price);
  if (!checked.ok) return [{ code: checked.errors[0]?.code ?? 'money.notANumber' }];
  return checked.value === 0 ? [{ code: 'money.zero' }] : [];
}

/** A product written after checking it against the book's others (names are unique per book). */
function saveProduct(
  product: Product,
  siblings: readonly Product[],
  problems: Problem[],
): Result<Planned<Product>, Problem> {
  if (problems.length > 0) return fail(...problems);
  return ok({
    value: product,
    change: {
      bookId: product.bookId,
      put: { products: [product] },
      expects: [{ what: 'rows', table: 'products', bookId: product.bookId, rows: siblings }],
    },
  });
}

/** Adding a product to a book's short list. */
export function addProductChange(
  bookId: Id,
  input: ProductInput,
  siblings: readonly Product[],
  row: { id: Id; at: Instant },
): Result<Planned<Product>, Problem> {
  const problems: Problem[] = [
    ...nameProblems('product', input.name, siblings),
    ...priceProblems(input.price),
  ];
  if (siblings.filter((p) => !p.hidden).length >= PRODUCTS_MAX)
    problems.push({ code: 'product.tooMany', params: { max: PRODUCTS_MAX } });
  const product: Product = {
    id: row.id,
    bookId,
    name: canonicalText(input.name),
    price: input.price,
    hidden: false,
    createdAt: row.at,
    updatedAt: row.at,
  };
  return saveProduct(product, siblings, problems);
}

/** Changing a product's name or price; sales made earlier keep what they were saved with. */
export function editProductChange(
  product: Product,
  input: ProductInput,
  siblings: readonly Product[],
  at: Instant,
): Result<Planned<Product>, Problem> {
  const problems = [
    ...nameProblems('product', input.name, siblings, product.id),
    ...priceProblems(input.price),
  ];
  const changed = { ...product, name: canonicalText(input.name), price: input.price, updatedAt: at };
  return saveProduct(changed, siblings, problems);
}

/** Taking a product off the chips (or offering it again). */
export const hideProductChange = (
  product: Product,
  hidden: boolean,
  siblings: readonly Product[],
  at: Instant,
): Result<Planned<Product>, Problem> => saveProduct({ ...product, hidden, updatedAt: at }, siblings, []);
