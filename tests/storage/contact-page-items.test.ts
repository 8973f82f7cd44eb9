import { describe, expect, it } from 'vitest';
import { addContact, addEntry, addSettlement, contactPage, creditOverview } from '../../src/storage';
import { addDays } from '../../src/domain/dates';
import { freshDb, makeBook, sale, unwrap } from '../support/storage/db';

/** A customer who took 60 sales of Rp1.000 on credit, one a day from 1 January 2026. */
async function sixtySales() {
  const db = freshDb();
  const t = await makeBook(db);
  const contact = unwrap(
    await addContact(db, t.book.id, { name: 'Pak Darto', whatsapp: '', role: 'customer' }),
  );
  for (let i = 0; i < 60; i++)
    unwrap(
      await addEntry(
        db,
        t.book.id,
        sale(t, { date: addDays('2026-01-01', i), amount: 1_000, paid: 0, contactId: contact.id }),
      ),
    );
  const collect = async (amount: number) =>
    unwrap(
      await addSettlement(db, t.book.id, {
        type: 'collect',
        contactId: contact.id,
        accountId: t.kas.id,
        note: '',
        date: '2026-03-01',
        amount,
      }),
    );
  return { db, bookId: t.book.id, contactId: contact.id, collect };
}

const today = '2026-03-10';

describe("a contact's page with more entries than it lists", () => {
  it('ages what is still owed from the newest sales when they cover it', async () => {
    const { db, bookId, contactId, collect } = await sixtySales();
    await collect(54_500);
    const page = await contactPage(db, bookId, contactId, today);
    expect(page?.receivable.total).toBe(5_500);
    expect(page?.outstanding.map((i) => [i.date, i.remaining])).toEqual([
      ['2026-02-24', 500],
      ['2026-02-25', 1_000],
      ['2026-02-26', 1_000],
      ['2026-02-27', 1_000],
      ['2026-02-28', 1_000],
      ['2026-03-01', 1_000],
    ]);
    const overview = await creditOverview(db, bookId, today);
    expect(overview.receivable.total).toBe(5_500);
  });

  it('ages sales older than the page lists when the balance reaches back to them', async () => {
    const { db, bookId, contactId, collect } = await sixtySales();
    await collect(500);
    const page = await contactPage(db, bookId, contactId, today);
    expect(page?.receivable.total).toBe(59_500);
    expect(page?.records).toHaveLength(50);
    expect(page?.outstanding).toHaveLength(60);
    expect(page?.outstanding[0]).toMatchObject({ date: '2026-01-01', remaining: 500 });
  });
});
