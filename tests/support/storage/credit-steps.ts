import fc from 'fast-check';
import { addDays } from '../../../src/domain/dates';
import {
  addContact,
  addEntry,
  addOpeningItem,
  addSettlement,
  editEntry,
  editSettlement,
  voidEntry,
  voidSettlement,
  type LumbungDb,
} from '../../../src/storage';
import { makeBook, sale, unwrap, type TestBook } from './db';

// Random runs of what a member does to the debts of a shop with one customer and one supplier.

/** Whole thousands of Rupiah. */
const amount = fc.integer({ min: 1, max: 40 }).map((n) => n * 1_000);

/** One thing a member does to the debts of a shop with one customer and one supplier. */
export const step = fc.oneof(
  fc.record({
    op: fc.constant('credit' as const),
    buying: fc.boolean(),
    date: fc.integer({ min: 0, max: 40 }),
    amount,
    paidPart: fc.integer({ min: 0, max: 2 }),
    due: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('settle' as const),
    buying: fc.boolean(),
    date: fc.integer({ min: 0, max: 40 }),
    amount,
  }),
  fc.record({ op: fc.constant('opening' as const), buying: fc.boolean(), amount }),
  fc.record({ op: fc.constant('void' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('edit' as const),
    pick: fc.nat(),
    date: fc.integer({ min: 0, max: 40 }),
    amount,
  }),
);
/** One step of a run. */
export type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

/** A book with a customer (Bu Sari) and a supplier (Toko Jaya). */
export async function shop(db: LumbungDb) {
  const t = await makeBook(db);
  const customer = unwrap(
    await addContact(db, t.book.id, { name: 'Bu Sari', whatsapp: '', role: 'customer' }),
  );
  const supplier = unwrap(
    await addContact(db, t.book.id, { name: 'Toko Jaya', whatsapp: '', role: 'supplier' }),
  );
  return { t, customer, supplier };
}

/**
 * Runs one step, dated up to 40 days from `firstDay`; refusals (owing below zero) are part of the
 * game and leave the book as it was.
 */
export async function run(
  db: LumbungDb,
  t: TestBook,
  ids: { customer: string; supplier: string },
  s: Step,
  made: string[][],
  firstDay = '2026-03-01',
) {
  const day = (n: number) => addDays(firstDay, n);
  const [entries = [], settlements = []] = made;
  if (s.op === 'credit') {
    const fields = sale(t, {
      date: day(s.date),
      amount: s.amount,
      paid: Math.floor((s.amount * s.paidPart) / 4),
      contactId: s.buying ? ids.supplier : ids.customer,
      ...(s.buying ? { direction: 'out' as const, categoryId: t.category('Belanja stok/bahan').id } : {}),
      ...(s.due === undefined ? {} : { dueDate: day(s.date + s.due) }),
    });
    const added = await addEntry(db, t.book.id, fields);
    if (added.ok) entries.push(added.value.id);
  } else if (s.op === 'settle') {
    const done = await addSettlement(db, t.book.id, {
      type: s.buying ? 'pay' : 'collect',
      contactId: s.buying ? ids.supplier : ids.customer,
      accountId: t.kas.id,
      date: day(s.date),
      amount: s.amount,
      note: '',
    });
    if (done.ok) settlements.push(done.value.id);
  } else if (s.op === 'opening') {
    const contactId = s.buying ? ids.supplier : ids.customer;
    const side = s.buying ? ('payable' as const) : ('receivable' as const);
    unwrap(
      await addOpeningItem(db, t.book.id, { date: day(0), side, contactId, amount: s.amount, note: '' }),
    );
  } else {
    const all = [
      ...entries.map((id) => ['entry', id] as const),
      ...settlements.map((id) => ['settlement', id] as const),
    ];
    const picked = all[s.pick % Math.max(all.length, 1)];
    if (!picked) return;
    const [type, id] = picked;
    if (s.op === 'void')
      await (type === 'entry' ? voidEntry(db, id, 'salah') : voidSettlement(db, id, 'salah'));
    else if (type === 'entry') {
      const e = await db.entries.get(id);
      if (e && !e.voided)
        await editEntry(db, id, { ...sale(t, e), date: day(s.date), amount: s.amount + (e.paid ?? 0) });
    } else {
      const st = await db.settlements.get(id);
      if (st && !st.voided) await editSettlement(db, id, { ...st, date: day(s.date), amount: s.amount });
    }
  }
}
