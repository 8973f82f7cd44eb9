import { describe, expect, it } from 'vitest';
import { addContactChange } from '../../src/domain/changes/contact';
import { draftOf } from '../../src/domain/changes/drafts';
import { addEntryChange, newEntry, voidEntryChange } from '../../src/domain/changes/entry';
import { addSettlementChange, newSettlement } from '../../src/domain/changes/settlement';
import { addStockCountChange, newStockCount } from '../../src/domain/changes/stock-count';
import type { Contact } from '../../src/domain/credit/records';
import type { Account, Book, Category } from '../../src/domain/model';

const AT = '2026-03-01T00:00:00.000Z';
const book = { id: 'b' } as Book;
const sales: Category = {
  id: 'sales',
  bookId: 'b',
  name: 'Penjualan',
  kind: 'pendapatan',
  hidden: false,
  createdAt: AT,
};
const kas: Account = { id: 'kas', bookId: 'b', name: 'Kas', type: 'cash', hidden: false, createdAt: AT };
const rina: Contact = {
  id: 'k1',
  bookId: 'b',
  name: 'Bu Rina',
  whatsapp: '',
  role: 'customer',
  hidden: false,
  createdAt: AT,
  updatedAt: AT,
};
const record = (id: string) => ({ id, at: AT, source: 'app' as const });
const sale = (paid: number) =>
  newEntry(
    'b',
    {
      date: '2026-02-01',
      direction: 'in',
      amount: 600_000,
      categoryId: 'sales',
      accountId: 'kas',
      note: '',
      counterparty: '',
      contactId: 'k1',
      paid,
    },
    record('e1'),
  );

describe('planned changes of debts and stock', () => {
  it('count what a credit sale leaves owed, and only the paid part as cash', () => {
    const planned = addEntryChange(sale(100_000), { book, category: sales, account: kas, contact: rina });
    expect(planned.ok && planned.value.change?.credit).toEqual([
      {
        bookId: 'b',
        date: '2026-02-01',
        contactId: 'k1',
        side: 'receivable',
        accountId: 'kas',
        credit: 500_000,
        opening: 0,
        settled: 0,
        count: 1,
      },
    ]);
  });

  it('refuse a collection above what is owed, naming the contact, the day and the amount owed', () => {
    const rows = [
      {
        date: '2026-02-01',
        contactId: 'k1',
        side: 'receivable' as const,
        credit: 500_000,
        opening: 0,
        settled: 0,
      },
    ];
    const collect = (amount: number, date: string) =>
      addSettlementChange(
        newSettlement(
          'b',
          { date, type: 'collect', contactId: 'k1', amount, accountId: 'kas', note: '' },
          record('s1'),
        ),
        {
          book,
          contact: rina,
          account: kas,
          credit: { rows, contacts: [rina] },
        },
      );
    expect(collect(500_000, '2026-02-02').ok).toBe(true);
    const refused = collect(500_001, '2026-02-02');
    expect(refused.ok ? [] : refused.errors).toEqual([
      {
        code: 'credit.overdrawn',
        params: { contact: 'Bu Rina', side: 'receivable', date: '2026-02-02', owed: 500_000 },
      },
    ]);
    expect(collect(100_000, '2026-01-31').ok).toBe(false);
  });

  it('refuse voiding a credit sale that a collection has already settled', () => {
    const rows = [
      {
        date: '2026-02-01',
        contactId: 'k1',
        side: 'receivable' as const,
        credit: 500_000,
        opening: 0,
        settled: 0,
      },
      {
        date: '2026-02-03',
        contactId: 'k1',
        side: 'receivable' as const,
        credit: 0,
        opening: 0,
        settled: 200_000,
      },
    ];
    const refused = voidEntryChange(sale(100_000), 'pendapatan', AT, 'salah catat', {
      rows,
      contacts: [rina],
    });
    expect(refused.ok ? [] : refused.errors.map((e) => e.code)).toEqual(['credit.overdrawn']);
  });

  it('record a plain entry in its revision exactly as before: no credit fields appear', () => {
    const plain = newEntry(
      'b',
      {
        date: '2026-02-01',
        direction: 'in',
        amount: 1000,
        categoryId: 'sales',
        accountId: 'kas',
        note: ' x ',
        counterparty: '',
      },
      record('e2'),
    );
    expect(Object.keys(draftOf({ entry: plain }, 'create').snapshot).sort()).toEqual([
      'accountId',
      'amount',
      'categoryId',
      'counterparty',
      'date',
      'direction',
      'note',
      'subject',
      'voided',
    ]);
    expect(sale(600_000)).not.toHaveProperty('paid');
  });

  it('take one stock count a day', () => {
    const first = newStockCount(
      'b',
      { date: '2026-01-31', value: 0, note: '', opening: false },
      record('c1'),
    );
    const again = newStockCount(
      'b',
      { date: '2026-01-31', value: 5000, note: '', opening: false },
      record('c2'),
    );
    expect(addStockCountChange(first, { book, counts: [] }).ok).toBe(true);
    const refused = addStockCountChange(again, { book, counts: [first] });
    expect(refused.ok ? [] : refused.errors.map((e) => e.code)).toEqual(['stock.sameDay']);
  });

  it('keep contact names unique and numbers in E.164', () => {
    const added = addContactChange(
      'b',
      { name: ' Pak  Doni ', whatsapp: '0812 3456 7890', role: 'customer' },
      [rina],
      record('k2'),
    );
    expect(added.ok && [added.value.value.name, added.value.value.whatsapp]).toEqual([
      'Pak Doni',
      '+6281234567890',
    ]);
    const clash = addContactChange(
      'b',
      { name: 'BU RINA', whatsapp: '', role: 'customer' },
      [rina],
      record('k3'),
    );
    expect(clash.ok ? [] : clash.errors.map((e) => e.code)).toEqual(['contact.duplicateName']);
  });
});
