import { PRODUCT_QUANTITY_MAX } from './limits';
import type { Id, Instant } from './model';
import { toRupiah } from './money';

/** Something the shop sells, with its price, offered as a chip on the money-in screen. */
export interface Product {
  id: Id;
  bookId: Id;
  name: string;
  /** Whole Rupiah, more than zero. */
  price: number;
  /** Hidden products are no longer offered; sales already made keep their own amount and note. */
  hidden: boolean;
  createdAt: Instant;
  updatedAt: Instant;
}

/** What a sale of a product fills in: the amount's digits and the note. */
export interface ProductSale {
  digits: string;
  note: string;
}

/**
 * The amount and note of a sale of `quantity` of a product: the price alone for one, else
 * quantity × price with the note saying so (`3 × Kopi susu`). Null when the total would not be
 * a safe whole amount or the quantity is out of range.
 */
export function productSale(product: Pick<Product, 'name' | 'price'>, quantity: number): ProductSale | null {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > PRODUCT_QUANTITY_MAX) return null;
  const total = toRupiah(product.price * quantity);
  if (!total.ok || total.value === 0) return null;
  const note = quantity === 1 ? product.name : `${quantity} \u00d7 ${product.name}`;
  return { digits: String(total.value), note };
}

/** A book's products as chips offer them: visible ones, by name. */
export const offeredProducts = (products: readonly Product[]): Product[] =>
  products.filter((p) => !p.hidden).sort((a, b) => a.name.localeCompare(b.name, 'id'));
