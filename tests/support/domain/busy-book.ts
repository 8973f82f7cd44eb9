import type { Account, Category, Entry, Transfer } from '../../../src/domain/model';
import { buildStatement, type Statement, type StatementInput } from '../../../src/domain/statement';

const AT = '2024-12-01T01:00:00.000Z';

const CATEGORIES: Category[] = [
  { id: 'c-jual', bookId: 'b', name: 'Penjualan', kind: 'pendapatan', hidden: false, createdAt: AT },
  { id: 'c-beli', bookId: 'b', name: 'Belanja barang', kind: 'hpp', hidden: false, createdAt: AT },
  { id: 'c-listrik', bookId: 'b', name: 'Listrik dan air', kind: 'beban', hidden: false, createdAt: AT },
  { id: 'c-prive', bookId: 'b', name: 'Ambil pribadi', kind: 'prive', hidden: false, createdAt: AT },
];
const ACCOUNTS: Account[] = [
  { id: 'a-kas', bookId: 'b', name: 'Kas', type: 'cash', hidden: false, createdAt: AT },
  { id: 'a-bri', bookId: 'b', name: 'BRI', type: 'bank', hidden: false, createdAt: AT },
];
const DAYS_IN_2025 = 365;

/** The date `day` days into 2025. */
const dayOf2025 = (day: number): string => new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);

/**
 * What a busy shop's statement of 2025 is made from: `count` entries spread over the year, mostly
 * sales, every tenth with a note, and a transfer to the bank each month, with UUID-shaped ids as the app makes them. Deterministic.
 */
export function busyShopInput(count: number): StatementInput {
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const date = dayOf2025(Math.floor((i * DAYS_IN_2025) / count));
    const category = CATEGORIES[i % 10 === 9 ? 1 + (i % 3) : 0] as Category;
    const hex = i.toString(16).padStart(12, '0');
    entries.push({
      id: `0b8f6c1e-9f5a-4c1e-8c7d-${hex}`,
      bookId: 'b',
      date,
      direction: category.kind === 'pendapatan' ? 'in' : 'out',
      amount: category.kind === 'pendapatan' ? 15_000 + (i % 50) * 500 : 5_000 + (i % 7) * 100,
      categoryId: category.id,
      accountId: i % 4 === 0 ? 'a-bri' : 'a-kas',
      note: i % 10 === 0 ? `Pesanan #${i} — kopi & gula` : '',
      counterparty: '',
      recordedAt: `${date}T0${i % 10}:15:00.000Z`,
      updatedAt: `${date}T0${i % 10}:15:00.000Z`,
      source: i % 3 === 0 ? 'import' : 'app',
      voided: false,
    });
  }
  return {
    book: {
      name: 'Toko Ramai',
      owner: 'Agustina',
      memberNumber: 'KSP-0777',
      cooperative: 'Kopdit Pintu Air',
      branch: 'Maumere',
      businessType: 'Toko kelontong',
      timeZone: 'Asia/Makassar',
    },
    period: { from: '2025-01-01', to: '2025-12-31' },
    entries,
    transfers: Array.from({ length: 12 }, (_, m): Transfer => {
      const date = dayOf2025(m * 30 + 20);
      const at = `${date}T10:00:00.000Z`;
      const note = m === 0 ? 'Setor ke bank' : '';
      return {
        id: `t-${m}`,
        bookId: 'b',
        date,
        amount: 2_000_000,
        fromAccountId: 'a-kas',
        toAccountId: 'a-bri',
        note,
        recordedAt: at,
        updatedAt: at,
        source: 'app',
        voided: false,
      };
    }),
    categories: CATEGORIES,
    accounts: ACCOUNTS,
    now: new Date('2026-01-05T02:00:00.000Z'),
    appVersion: 'test',
  };
}

/** The statement of a busy shop's 2025 with `count` entries. */
export function busyShopStatement(count: number): Statement {
  const built = buildStatement(busyShopInput(count));
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.value;
}
