import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImportCsv, planImport } from '../../src/domain/csv';
import { entriesToCsv } from '../../src/domain/csv/export';
import type { Entry, Transfer } from '../../src/domain/model';
import { NOTE_MAX_LENGTH } from '../../src/domain/limits';

const book = {
  categories: [{ id: 'c1', name: 'Penjualan', kind: 'pendapatan' as const }],
  accounts: [
    { id: 'a1', name: 'Kas' },
    { id: 'a2', name: 'BRI' },
  ],
};

const stamp = (i: number) => ({
  id: `r${String(i).padStart(3, '0')}`,
  bookId: 'b',
  date: '2026-03-02',
  amount: 1000 + i,
  recordedAt: `2026-03-02T01:00:${String(i % 60).padStart(2, '0')}.${String(i).padStart(3, '0')}Z`,
  updatedAt: '2026-03-02T01:00:00.000Z',
  source: 'app' as const,
  voided: false,
});

/** Characters a note may carry that a CSV round trip is likeliest to lose. */
const awkward = fc.constantFrom(
  ...[' ', '\t', '\r', '\n', '\r\n', '\u00a0', '\u202f', '\u2007', '\u3000', '\u2028', '\u2029', '\ufeff'],
  ...[
    '\v',
    '\f',
    '\u0000',
    '\u0007',
    '\u001b',
    '\u007f',
    '\u0085',
    '"',
    '""',
    ',',
    ';',
    "'",
    '=',
    '+',
    '-',
    '@',
  ],
);
/** Any code point (no lone surrogate: UTF-8 cannot hold one) except U+FFFD, which the import takes for bytes that were not UTF-8. */
const scalar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c !== '\ufffd');
/** A note the app accepts: any text of at most 500 UTF-16 code units. */
const note = fc
  .array(fc.oneof(awkward, scalar, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(''))
  .filter((text) => text.length <= NOTE_MAX_LENGTH && !text.includes('\ufffd'));

/** Export, save as UTF-8, read back as the data worker does, parse and plan. */
function roundTrip(entries: Entry[], transfers: Transfer[]) {
  const bytes = new TextEncoder().encode(entriesToCsv(entries, transfers, book));
  const parsed = parseImportCsv(new TextDecoder('utf-8').decode(bytes));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const planned = planImport(parsed.rows, { categories: [], accounts: [] });
  if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
  return planned.plan;
}

describe('a note exported to CSV and imported again', () => {
  it('comes back exactly: spaces at either end, CR, tabs, NBSP and every other white space', () => {
    const notes = [
      ' kopi ',
      'a\rb',
      'a\r\nb\nc\r',
      '\tgula\t',
      '\u00a0teh\u00a0',
      '\v\f',
      '  ',
      '\r',
      "'=1",
      ' =1',
    ];
    const entries = notes.map((n, i) => ({
      ...stamp(i),
      direction: 'in' as const,
      categoryId: 'c1',
      accountId: 'a1',
      note: n,
      counterparty: '',
    }));
    expect(roundTrip(entries, []).entries.map((e) => e.note)).toEqual(notes);
  });

  it('comes back exactly for any note the app accepts, on entries and transfers', () => {
    fc.assert(
      fc.property(
        fc.array(note, { minLength: 1, maxLength: 6 }),
        fc.array(note, { maxLength: 3 }),
        (en, tn) => {
          const entries: Entry[] = en.map((n, i) => ({
            ...stamp(i),
            direction: 'in',
            categoryId: 'c1',
            accountId: 'a1',
            note: n,
            counterparty: '',
          }));
          const transfers: Transfer[] = tn.map((n, i) => ({
            ...stamp(100 + i),
            fromAccountId: 'a1',
            toAccountId: 'a2',
            note: n,
          }));
          const plan = roundTrip(entries, transfers);
          expect(plan.entries.map((e) => e.note)).toEqual(en);
          expect(plan.transfers.map((t) => t.note)).toEqual(tn);
        },
      ),
      { numRuns: 300 },
    );
  });
});
