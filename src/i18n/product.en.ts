import type { productId } from './product.id';

/** The words of product.id.ts in English. */
export const productEn: Record<keyof typeof productId, string> = {
  'product.title': 'Products',
  'product.intro': 'What the shop often sells, with its price. Shown as buttons on the Money in screen.',
  'product.name': 'Product name',
  'product.price': 'Price',
  'product.add': 'Add product',
  'product.edit': 'Change',
  'product.hide': 'Hide',
  'product.show': 'Show',
  'product.hidden': 'hidden',
  'product.none': 'No products yet.',
} as const;
