import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRODUCT_QUANTITY_MAX } from '../../src/domain/limits';
import { offeredProducts, productSale, type Product } from '../../src/domain/product';

const kopi = { name: 'Kopi susu', price: 8000 };

describe('a sale from a product chip', () => {
  it('fills the price and the name for one, quantity × price for more', () => {
    expect(productSale(kopi, 1)).toEqual({ digits: '8000', note: 'Kopi susu' });
    expect(productSale(kopi, 3)).toEqual({ digits: '24000', note: '3 × Kopi susu' });
  });

  it('is always a whole amount of quantity × price, or nothing when that is unsafe or out of range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.integer({ min: -2, max: 1200 }), (price, q) => {
        const sale = productSale({ name: 'x', price }, q);
        const fits = q >= 1 && q <= PRODUCT_QUANTITY_MAX && Number.isSafeInteger(price * q);
        expect(sale === null ? null : Number(sale.digits)).toBe(fits ? price * q : null);
      }),
    );
  });

  it('offers only visible products, by name', () => {
    const product = (name: string, hidden = false): Product => ({
      id: name,
      bookId: 'b',
      name,
      price: 1000,
      hidden,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const offered = offeredProducts([product('Teh'), product('Gas', true), product('Es batu')]);
    expect(offered.map((p) => p.name)).toEqual(['Es batu', 'Teh']);
  });
});
