import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookFromCsv } from '../../src/cli/csv-book';
import { addDays } from '../../src/domain/dates';
import {
  signStatement,
  statementJson,
  verifyStatement,
  type StatementSigner,
} from '../../src/domain/statement';
import { buildCreditStatement } from '../../src/domain/statement/credit-build';
import type { CreditStatement } from '../../src/domain/statement/credit-schema';
import { testSigner } from '../support/domain/statement-fixture';

const HEADER = 'tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan,kontak,dibayar,jatuh_tempo';
const NOW = new Date('2026-04-05T02:00:00.000Z');
const PERIOD = { from: '2026-02-01', to: '2026-03-31' };
const CONTACTS = [
  ['Bu Rina', 'customer'],
  ['Pak Doni', 'customer'],
  ['CV Benang Jaya', 'supplier'],
] as const;

/** One line of a random shop's book: a credit sale or purchase, a settlement of part of what is owed, a count. */
const line = fc.record({
  kind: fc.constantFrom('credit', 'credit', 'settle', 'count', 'cash'),
  contact: fc.integer({ min: 0, max: CONTACTS.length - 1 }),
  day: fc.integer({ min: 0, max: 89 }),
  amount: fc.integer({ min: 1, max: 60 }).map((n) => n * 5_000),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  due: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
});

/** A random book as an import file: opening stock and items, then the lines in date order, never settling more than is owed. */
function bookCsv(lines: readonly Line[]): string {
  const owed = CONTACTS.map(() => 0);
  const rows = [
    HEADER,
    '2026-01-01,stok_awal,500000,,,,,stok awal,,,',
    '2026-01-01,masuk,3000000,Setoran modal,modal,Kas,,modal,,,',
    '2026-01-01,piutang_awal,150000,,,,,bon lama,Bu Rina,,2026-01-20',
    '2026-01-01,utang_awal,100000,,,,,bon lama,CV Benang Jaya,,',
  ];
  owed[0] = 150_000;
  owed[2] = 100_000;
  const counted = new Set<string>();
  for (const l of [...lines].sort((a, b) => a.day - b.day)) {
    const date = addDays('2026-01-02', l.day);
    const [name, role] = CONTACTS[l.contact] ?? CONTACTS[0];
    const due = l.due === undefined ? '' : addDays(date, l.due);
    if (l.kind === 'credit') {
      const paid = Math.floor((l.amount * l.share) / 2 / 500) * 500;
      owed[l.contact] = (owed[l.contact] ?? 0) + l.amount - paid;
      rows.push(
        role === 'customer'
          ? `${date},masuk,${l.amount},Penjualan,pendapatan,Kas,,bon,${name},${paid},${due}`
          : `${date},keluar,${l.amount},Belanja stok/bahan,hpp,Kas,,restok,${name},${paid},${due}`,
      );
    } else if (l.kind === 'settle') {
      const part = Math.floor(((owed[l.contact] ?? 0) * l.share) / 500) * 500;
      if (part <= 0) continue;
      owed[l.contact] = (owed[l.contact] ?? 0) - part;
      rows.push(
        `${date},${role === 'customer' ? 'terima_piutang' : 'bayar_utang'},${part},,,Kas,,,${name},,`,
      );
    } else if (l.kind === 'count') {
      if (counted.has(date)) continue;
      counted.add(date);
      rows.push(`${date},stok,${l.amount * 10},,,,,hitung,,,`);
    } else rows.push(`${date},masuk,${l.amount},Penjualan,pendapatan,Kas,,tunai,,,`);
  }
  return rows.join('\n');
}
type Line = typeof line extends fc.Arbitrary<infer T> ? T : never;

function statementOf(csv: string): CreditStatement {
  const read = bookFromCsv(csv, NOW);
  if (!read.ok) throw new Error(`the random book does not import: ${JSON.stringify(read.errors)}`);
  const built = buildCreditStatement({
    book: {
      name: 'Toko Acak',
      owner: 'Ani',
      memberNumber: 'KSP-0001',
      cooperative: 'Kopdit',
      branch: 'Sikka',
      businessType: 'Kelontong',
      timeZone: 'Asia/Makassar',
    },
    period: PERIOD,
    ...read.book,
    now: NOW,
    appVersion: '0.1.0-test',
  });
  if (!built.ok) throw new Error(`the statement is refused: ${JSON.stringify(built.errors)}`);
  return built.value;
}

/** Credit figures of a /2 statement an officer might see changed, each a way to change one. */
const TAMPERS: [string, (s: CreditStatement) => void][] = [
  ['position.closing.receivables', (s) => void (s.position.closing.receivables += 1_000)],
  ['position.closing.payables', (s) => void (s.position.closing.payables += 1_000)],
  ['position.closing.inventory', (s) => void (s.position.closing.inventory += 1_000)],
  ['receivables.aging.notDue', (s) => void (s.receivables.aging.notDue += 1_000)],
  ['payables.aging.notDue', (s) => void (s.payables.aging.notDue += 1_000)],
];

let signer: StatementSigner;
beforeAll(async () => {
  signer = await testSigner();
});

describe('a /2 statement of any book with debts, settlements, stock counts and opening items', () => {
  it('is genuine as signed, and altered with the changed figure named when a credit figure is changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: TAMPERS.length - 1 }),
        async (lines, pick) => {
          const file = await signStatement(statementOf(bookCsv(lines)), signer);
          const genuine = await verifyStatement(statementJson(file));
          expect(genuine.problems).toEqual([]);
          expect(genuine.verdict).toBe('genuine');
          const [field, tamper] = TAMPERS[pick] ?? TAMPERS[0];
          const copy = structuredClone(file);
          tamper(copy.statement as CreditStatement);
          const altered = await verifyStatement(statementJson(copy));
          expect(altered.verdict).toBe('altered');
          expect(altered.problems.map((p) => `${p.code}:${String(p.params?.field)}`)).toContain(
            `figures.mismatch:${field}`,
          );
        },
      ),
      { numRuns: 12 },
    );
  });
});
