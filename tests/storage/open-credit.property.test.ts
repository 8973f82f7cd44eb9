import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookDebts, checkCreditRollups, contactPage, creditOverview } from '../../src/storage';
import { freshDb } from '../support/storage/db';
import { run, shop, step } from '../support/storage/credit-steps';

describe('what each contact still owes, kept by every write', () => {
  it('stays what the records count through sales, settlements, opening items, edits and voids, and the home totals follow it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const db = freshDb();
        const { t, customer, supplier } = await shop(db);
        const made: string[][] = [[], []];
        for (const s of steps) await run(db, t, { customer: customer.id, supplier: supplier.id }, s, made);
        expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
        // The home screen reads the kept rows; each contact's page walks its own items.
        const today = '2026-05-31';
        const home = await creditOverview(db, t.book.id, today);
        const [sari, jaya] = await Promise.all([
          contactPage(db, t.book.id, customer.id, today),
          contactPage(db, t.book.id, supplier.id, today),
        ]);
        expect(home.receivable.total).toBe(sari?.receivable.total);
        expect(home.receivable.aging).toEqual(sari?.receivable.aging);
        expect(home.payable.total).toBe(jaya?.payable.total);
        expect(home.payable.aging).toEqual(jaya?.payable.aging);
        // The home card reads the kept rows alone, without the contacts, to the same figures.
        const card = await bookDebts(db, t.book.id, today);
        expect(card).toEqual({ receivable: home.receivable, payable: home.payable });
        db.close();
      }),
      { numRuns: 15 },
    );
  });
});
