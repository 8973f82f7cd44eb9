import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactBalances } from '../../src/domain/credit/balances';
import type { Contact, Settlement, StockCount } from '../../src/domain/credit/records';
import {
  contactDailyKey,
  mergeCredit,
  rollUpCredit,
  type ContactDailyTotal,
} from '../../src/domain/credit/rollups';
import { addEntryChange, editEntryChange, voidEntryChange, newEntry } from '../../src/domain/changes/entry';
import {
  addSettlementChange,
  editSettlementChange,
  newSettlement,
  voidSettlementChange,
} from '../../src/domain/changes/settlement';
import { addStockCountChange, newStockCount } from '../../src/domain/changes/stock-count';
import type { Change } from '../../src/domain/changes/change';
import { rollUp } from '../../src/domain/daily-rollups';
import { addDays } from '../../src/domain/dates';
import type { CategoryKind } from '../../src/domain/kinds';
import type { Account, Book, Category, Entry } from '../../src/domain/model';
import { buildPosition, buildReport, positionDifference } from '../../src/domain/reports';
import { rollUpStock, stockLevelKey, type StockLevel } from '../../src/domain/stock/levels';
import { mergeByKey } from '../../src/domain/reports/account-rollups';

const AT = '2026-03-01T00:00:00.000Z';
const day = (n: number) => addDays('2026-01-01', n);
const book = { id: 'b' } as Book;
const category = (id: string, kind: CategoryKind): Category => ({
  id,
  bookId: 'b',
  name: id,
  kind,
  hidden: false,
  createdAt: AT,
});
const categories = [category('sales', 'pendapatan'), category('goods', 'hpp'), category('capital', 'modal')];
const accounts: Account[] = ['kas', 'bri'].map((id) => ({
  id,
  bookId: 'b',
  name: id,
  type: 'cash',
  hidden: false,
  createdAt: AT,
}));
const contacts: Contact[] = ['c1', 'c2'].map((id) => ({
  id,
  bookId: 'b',
  name: id,
  whatsapp: '',
  role: 'both',
  hidden: false,
  createdAt: AT,
  updatedAt: AT,
}));
const kindOf = (id: string) => categories.find((c) => c.id === id)?.kind ?? 'modal';

const amount = fc.integer({ min: 1, max: 50 }).map((n) => n * 1000);
const op = fc.oneof(
  fc.record({
    op: fc.constant('credit' as const),
    kind: fc.constantFrom('sales', 'goods', 'capital'),
    contact: fc.constantFrom('c1', 'c2'),
    amount,
    paidShare: fc.integer({ min: 0, max: 4 }),
    day: fc.nat(59),
  }),
  fc.record({
    op: fc.constant('settle' as const),
    type: fc.constantFrom('collect' as const, 'pay' as const),
    contact: fc.constantFrom('c1', 'c2'),
    amount,
    day: fc.nat(59),
    account: fc.constantFrom('kas', 'bri'),
  }),
  fc.record({
    op: fc.constant('editEntry' as const),
    pick: fc.nat(),
    amount,
    paidShare: fc.integer({ min: 0, max: 4 }),
    day: fc.nat(59),
  }),
  fc.record({ op: fc.constant('voidEntry' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('editSettlement' as const), pick: fc.nat(), amount, day: fc.nat(59) }),
  fc.record({ op: fc.constant('voidSettlement' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('count' as const), day: fc.nat(59), value: fc.nat(200).map((n) => n * 1000) }),
);

/** A book in memory: its records and the rollups kept by merging each change's deltas, as storage does. */
function memoryBook() {
  const entries = new Map<string, Entry>();
  const settlements = new Map<string, Settlement>();
  const counts = new Map<string, StockCount>();
  let credit: ContactDailyTotal[] = [];
  let stock: StockLevel[] = [];
  let seq = 0;
  const apply = (change: Change | null) => {
    if (!change) return;
    for (const e of [...(change.add?.entries ?? []), ...(change.put?.entries ?? [])]) entries.set(e.id, e);
    for (const s of [...(change.addCredit?.settlements ?? []), ...(change.putCredit?.settlements ?? [])])
      settlements.set(s.id, s);
    for (const c of [...(change.addCredit?.stockCounts ?? []), ...(change.putCredit?.stockCounts ?? [])])
      counts.set(c.id, c);
    credit = mergeCredit([...credit, ...(change.credit ?? [])], contactDailyKey);
    stock = mergeByKey([...stock, ...(change.stock ?? [])], stockLevelKey).filter((l) => l.count > 0);
  };
  const record = () => ({ id: `r${(seq += 1)}`, at: AT, source: 'app' as const });
  return { entries, settlements, counts, apply, record, credit: () => credit, stock: () => stock };
}

const nth = <T>(map: Map<string, T>, pick: number): T | undefined =>
  [...map.values()][pick % Math.max(map.size, 1)];

describe('credit, settlements and stock under any sequence of changes', () => {
  it('never leave a contact owing below zero, keep the rollups equal to a recomputation, and keep every position balanced', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const b = memoryBook();
        const basis = () => ({ rows: b.credit(), contacts });
        const paidOf = (amt: number, share: number) =>
          share === 4 ? amt : Math.floor((amt * share) / 4000) * 1000;
        for (const o of ops) {
          if (o.op === 'credit') {
            const cat = categories.find((c) => c.id === o.kind);
            const paid = o.kind === 'capital' ? o.amount : paidOf(o.amount, o.paidShare);
            const fields = {
              date: day(o.day),
              direction: o.kind === 'goods' ? ('out' as const) : ('in' as const),
              amount: o.amount,
              categoryId: o.kind,
              accountId: 'kas',
              note: '',
              counterparty: '',
              contactId: o.contact,
              paid,
            };
            const planned = addEntryChange(newEntry('b', fields, b.record()), {
              book,
              category: cat,
              account: accounts[0],
              contact: contacts.find((c) => c.id === o.contact),
            });
            if (planned.ok) b.apply(planned.value.change);
          } else if (o.op === 'settle') {
            const s = newSettlement(
              'b',
              {
                date: day(o.day),
                type: o.type,
                contactId: o.contact,
                amount: o.amount,
                accountId: o.account,
                note: '',
              },
              b.record(),
            );
            const planned = addSettlementChange(s, {
              book,
              contact: contacts.find((c) => c.id === o.contact),
              account: accounts.find((a) => a.id === o.account),
              credit: basis(),
            });
            if (planned.ok) b.apply(planned.value.change);
          } else if (o.op === 'editEntry' || o.op === 'voidEntry') {
            const e = nth(b.entries, o.pick);
            if (!e || e.voided) continue;
            const planned =
              o.op === 'voidEntry'
                ? voidEntryChange(e, kindOf(e.categoryId), AT, 'salah', basis())
                : editEntryChange(
                    e,
                    {
                      ...e,
                      date: day(o.day),
                      amount: o.amount,
                      paid: kindOf(e.categoryId) === 'modal' ? o.amount : paidOf(o.amount, o.paidShare),
                    },
                    {
                      storedKind: kindOf(e.categoryId),
                      category: categories.find((c) => c.id === e.categoryId),
                      account: accounts[0],
                      contact: contacts.find((c) => c.id === e.contactId),
                      credit: basis(),
                    },
                    AT,
                  );
            if (planned.ok) b.apply(planned.value.change);
          } else if (o.op === 'editSettlement' || o.op === 'voidSettlement') {
            const s = nth(b.settlements, o.pick);
            if (!s || s.voided) continue;
            const planned =
              o.op === 'voidSettlement'
                ? voidSettlementChange(s, AT, 'salah')
                : editSettlementChange(
                    s,
                    { ...s, date: day(o.day), amount: o.amount },
                    {
                      contact: contacts.find((c) => c.id === s.contactId),
                      account: accounts.find((a) => a.id === s.accountId),
                      credit: basis(),
                    },
                    AT,
                  );
            if (planned.ok) b.apply(planned.value.change);
          } else {
            const c = newStockCount(
              'b',
              { date: day(o.day), value: o.value, note: '', opening: false },
              b.record(),
            );
            const planned = addStockCountChange(c, { book, counts: [...b.counts.values()] });
            if (planned.ok) b.apply(planned.value.change);
          }
        }
        const entries = [...b.entries.values()];
        const recomputed = rollUpCredit(entries, kindOf, [...b.settlements.values()], []);
        const byKey = <T>(rows: T[], key: (r: T) => string) =>
          [...rows].sort((x, y) => key(x).localeCompare(key(y)));
        expect(byKey(b.credit(), contactDailyKey)).toEqual(byKey(recomputed, contactDailyKey));
        expect(byKey(b.stock(), stockLevelKey)).toEqual(
          byKey(rollUpStock([...b.counts.values()]), stockLevelKey),
        );
        const rolled = rollUp(entries, [], kindOf);
        for (let n = 0; n < 60; n += 1) {
          for (const balance of contactBalances(recomputed, day(n)))
            expect(balance.balance).toBeGreaterThanOrEqual(0);
          const position = buildPosition({
            date: day(n),
            totals: rolled.daily,
            credit: recomputed,
            stock: b.stock(),
          });
          expect(positionDifference(position)).toBe(0);
        }
        const report = buildReport({
          from: day(0),
          to: day(59),
          totals: rolled.daily,
          transfers: [],
          categories,
          accounts,
          credit: recomputed,
          stock: b.stock(),
        });
        const end = buildPosition({
          date: day(59),
          totals: rolled.daily,
          credit: recomputed,
          stock: b.stock(),
        });
        expect(end.cash).toBe(report.cashFlow.closingBalance);
        expect(end.retainedEarnings).toBe(report.profitAndLoss.netProfit);
      }),
      { numRuns: 150 },
    );
  });
});
