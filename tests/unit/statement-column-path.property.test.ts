import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { KIND_RULES } from '../../src/domain/kinds';
import type { Category, Entry, Transfer } from '../../src/domain/model';
import { buildStatement, checkFigures, type Statement } from '../../src/domain/statement';
import { compactStatement } from '../../src/domain/statement/compact';
import { compactColumnsAccepted } from '../../src/domain/statement/compact-columns';
import { compactRowsConsistent } from '../../src/domain/statement/compact-figures';
import type { CompactEntryRow, CompactStatement } from '../../src/domain/statement/compact-schema';
import { creditFigureProblems, creditPlausibilityRows } from '../../src/domain/statement/credit-verify';
import { readCompactBySchema, readStatementMember } from '../../src/domain/statement/member';
import { plausibilityProblems } from '../../src/domain/statement/plausibility';
import { rowChecks } from '../../src/domain/statement/row-checks';
import { tenunStatement } from '../support/domain/credit-statement-fixture';
import {
  drawnAccounts as accounts,
  drawnCategories as categories,
  entryFields,
  transferFields,
} from '../support/domain/statement-draws';

// The compact form's column path against the plain path (the schema value by value, the rows as
// objects): on made statements and on tampered ones, the same reading, verdict and reasons.

/** Notes a member may type: none, plain, or with line breaks, NBSP, quotes, emoji, lone surrogates. */
const noteArb = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    ' awal',
    'akhir ',
    'a\r\nb',
    'Rp\u00a025.000',
    '"kutip" \\ miring',
    '🌾🌾',
    '\u2028',
    '\ud800',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const entryArb = fc.record({
  ...entryFields(58),
  // Most entries are recorded on their day: then only plausibility sees one recorded too early.
  lag: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
  note: noteArb,
});
const transferArb = fc.record({ ...transferFields(58), note: noteArb });
/** One drawn entry and one drawn transfer. */
type EntryDraw = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;
type TransferDraw = typeof transferArb extends fc.Arbitrary<infer T> ? T : never;
const dateOf = (n: number) => addDays('2025-01-01', n);
const instantOf = (n: number, minute: number) => `${dateOf(n)}T0${minute % 10}:1${minute % 6}:00.000Z`;

/** A statement of January and February 2025 made by the app from the drawn rows. */
function madeStatement(rawEntries: EntryDraw[], rawTransfers: TransferDraw[]) {
  const entries = rawEntries.map((e, i): Entry => {
    const category = categories[e.category] as Category;
    const at = instantOf(e.day + e.lag, i);
    return {
      id: `e-${i}`,
      bookId: 'b',
      date: dateOf(e.day),
      direction: KIND_RULES[category.kind].direction,
      amount: e.amount,
      categoryId: category.id,
      accountId: `a${e.account}`,
      note: e.note,
      counterparty: '',
      recordedAt: at,
      updatedAt: at,
      source: e.imported ? 'import' : 'app',
      voided: false,
    };
  });
  const transfers = rawTransfers.map((t, i): Transfer => {
    const at = instantOf(t.day, i);
    return {
      id: `t-${i}`,
      bookId: 'b',
      date: dateOf(t.day),
      amount: t.amount,
      fromAccountId: `a${t.from}`,
      toAccountId: `a${(t.from + t.step) % 3}`,
      note: t.note,
      recordedAt: at,
      updatedAt: at,
      source: 'app',
      voided: false,
    };
  });
  const book = { name: 'Toko', owner: 'Ina', memberNumber: 'KSP-1', cooperative: 'K', branch: 'B' };
  const built = buildStatement({
    book: { ...book, businessType: 'Warung', timeZone: 'Asia/Jayapura' },
    period: { from: '2025-01-01', to: '2025-02-28' },
    entries,
    transfers,
    categories,
    accounts,
    appVersion: 'test',
    now: new Date('2025-06-01T01:00:00.000Z'),
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.value;
}

/** A row of the entries table as plain cells, to be written any value a forger likes. */
const cells = (s: CompactStatement, r: number): unknown[] => s.entries.rows[r] as unknown[];
const at = (s: CompactStatement, r: number) => s.entries.rows[r] as CompactEntryRow;

/** What a forger may change in a compact statement as a file holds it (row `r`, by `n`). */
const TAMPERS: Record<string, (s: CompactStatement, r: number, n: number) => void> = {
  netProfit: (s, _, n) => (s.profitAndLoss.netProfit += n),
  monthRevenue: (s, _, n) => ((s.months[0] as Statement['months'][number]).revenue -= n),
  closingBalance: (s, _, n) => (s.cashFlow.closingBalance += n),
  amount: (s, r, n) => (at(s, r)[2] += n),
  amountZero: (s, r) => (at(s, r)[2] = 0),
  amountFraction: (s, r) => (at(s, r)[2] += 0.5),
  amountText: (s, r) => (cells(s, r)[2] = String(at(s, r)[2])),
  rowDate: (s, r, n) => (at(s, r)[1] = dateOf(n * 7)),
  notADay: (s, r) => (at(s, r)[1] = '2025-02-30'),
  recordedLate: (s, r) => (at(s, r)[5] = '2025-07-01T00:00:00.000Z'),
  recordedEarly: (s, r) => (at(s, r)[5] = '2023-01-01T00:00:00.000Z'),
  // 365, 366 or 367 days before the row's date: on either side of the last day allowed.
  recordedAYearEarly: (s, r, n) => (at(s, r)[5] = `${addDays(at(s, r)[1], -365 - (n % 3))}T01:00:00.000Z`),
  recordedNoMillis: (s, r) => (at(s, r)[5] = at(s, r)[5].replace('.000Z', 'Z')),
  duplicateId: (s, r) => (at(s, r)[0] = at(s, 0)[0]),
  idOtherCharacters: (s, r) => (at(s, r)[0] = 'e 1'),
  categoryCode: (s, r, n) => (at(s, r)[3] = n),
  accountCode: (s, r, n) => (at(s, r)[4] = -n),
  importedText: (s, r) => (cells(s, r)[6] = 'true'),
  noteTooLong: (s, r) => (at(s, r)[7] = 'x'.repeat(1001)),
  extraCell: (s, r) => cells(s, r).push(''),
  missingCell: (s, r) => cells(s, r).pop(),
  sameAccountTransfer: (s) => {
    const row = s.transfers.rows[0];
    if (row) row[4] = row[3];
  },
  sameNameTwice: (s) => (at(s, 0)[4] = s.codes.accounts.push(s.codes.accounts[0] ?? '') - 1),
  extraKey: (s) => Object.assign(s, { statementNote: 'x' }),
  extraTableKey: (s) => Object.assign(s.entries, { sorted: true }),
  columnsRenamed: (s) => ((s.entries.columns as string[])[2] = 'jumlah'),
  periodEnd: (s) => (s.period.to = '2025-03-31'),
  createdAt: (s) => (s.createdAt = '2025-02-20T00:00:00.000Z'),
  codesKind: (s) =>
    ((s.codes.categories[0] as CompactStatement['codes']['categories'][number]).kind = 'beban'),
};

/** The plain path's figure and plausibility reasons for a statement. */
const plainRowChecks = (statement: Statement) => ({
  figures: creditFigureProblems(statement) ?? checkFigures(statement),
  plausibility: plausibilityProblems(creditPlausibilityRows(statement)),
});

/** Checks the column path against the plain one on a statement as a file holds it. */
function expectSamePaths(raw: unknown) {
  const plain = readCompactBySchema(raw, 20);
  expect(readStatementMember(raw, 20)).toEqual(plain);
  expect(compactColumnsAccepted(raw)).toBe(!Array.isArray(plain));
  if (Array.isArray(plain)) return;
  const reasons = plainRowChecks(plain.statement);
  expect(rowChecks(raw, plain.statement)).toEqual(reasons);
  const clean =
    reasons.figures.length === 0 && reasons.plausibility.every((p) => p.code.startsWith('period.'));
  expect(compactRowsConsistent(raw as CompactStatement, plain.statement)).toBe(clean);
}

describe('the compact form read column by column', () => {
  it('reads, checks and reasons as the plain path on made and tampered statements', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 1, maxLength: 40 }),
        fc.array(transferArb, { maxLength: 6 }),
        fc.option(fc.constantFrom(...Object.keys(TAMPERS)), { nil: undefined }),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (entries, transfers, tamper, row, by) => {
          const raw = structuredClone(compactStatement(madeStatement(entries, transfers)));
          if (tamper) TAMPERS[tamper]?.(raw, row % entries.length, by);
          expectSamePaths(raw);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('takes as a row id exactly the texts the schema takes', () => {
    const made = compactStatement(
      madeStatement([{ ...(fc.sample(entryArb, 1)[0] as EntryDraw), note: '' }], []),
    );
    const idArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: fc.constantFrom(...'aZ09._:-/ +\u00e9\u0000'), maxLength: 8 }),
    );
    fc.assert(
      fc.property(idArb, (id) => {
        const raw = structuredClone(made);
        (raw.entries.rows[0] as CompactEntryRow)[0] = id;
        expectSamePaths(raw);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a /2 statement, never written compact, to the plain checks', () => {
    const credit = tenunStatement({ from: '2026-01-01', to: '2026-02-28' });
    expect(rowChecks(credit, credit)).toEqual(plainRowChecks(credit));
    const forged = { ...credit, profitAndLoss: { ...credit.profitAndLoss, netProfit: 1 } };
    expect(rowChecks(forged, forged).figures).not.toEqual([]);
    expect(rowChecks(forged, forged)).toEqual(plainRowChecks(forged));
  });
});
