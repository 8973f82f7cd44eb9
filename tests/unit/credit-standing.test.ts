import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseSide, type OutstandingItem } from '../../src/domain/credit/aging';
import { bookStanding, bucketsAt, contactStanding } from '../../src/domain/credit/standing';
import { addDays } from '../../src/domain/dates';

const day = (n: number) => addDays('2026-01-01', n);

const item = fc.record({
  contactId: fc.constantFrom('a', 'b', 'c'),
  side: fc.constantFrom('receivable' as const, 'payable' as const),
  date: fc.integer({ min: 0, max: 200 }).map(day),
  due: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
  amount: fc.integer({ min: 1, max: 50 }).map((n) => n * 1_000),
  left: fc.integer({ min: 0, max: 4 }),
});

type Row = typeof item extends fc.Arbitrary<infer R> ? R : never;

const outstanding = (r: Row): OutstandingItem => ({
  contactId: r.contactId,
  side: r.side,
  date: r.date,
  ...(r.due === undefined ? {} : { dueDate: day(r.due) }),
  amount: r.amount,
  order: r.date,
  remaining: (r.amount * r.left) / 4,
});

describe('a contact’s standing and a book’s totals in one pass', () => {
  it('equal each side summarised on its own, per contact and over the book', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.integer({ min: 0, max: 400 }), (rows, at) => {
        const date = day(at);
        const items = rows.map(outstanding);
        const bucketOf = bucketsAt(date);
        const contacts = ['a', 'b', 'c'].map((id) => items.filter((i) => i.contactId === id));
        const standings = contacts.map((own) => contactStanding(own, bucketOf));
        contacts.forEach((own, n) => {
          expect(standings[n]?.receivable).toEqual(summariseSide(own, 'receivable', date));
          expect(standings[n]?.payable).toEqual(summariseSide(own, 'payable', date));
        });
        expect(bookStanding(standings)).toEqual({
          receivable: summariseSide(items, 'receivable', date),
          payable: summariseSide(items, 'payable', date),
        });
      }),
    );
  });
});
