import type { Account, Category, Entry, Transfer } from '../../../src/domain/model';
import { buildStatement, type Statement } from '../../../src/domain/statement';

const AT = '2026-02-01T01:00:00.000Z';

/** A statement of a tiny book (a few entries in February 2026) whose names and notes are given. */
export function tinyStatement(
  names: {
    business?: string;
    owner?: string;
    memberNumber?: string;
    category?: string;
    account?: string;
    note?: string;
  } = {},
): Statement {
  const categories: Category[] = [
    {
      id: 'c1',
      bookId: 'b',
      name: names.category ?? 'Penjualan',
      kind: 'pendapatan',
      hidden: false,
      createdAt: AT,
    },
    { id: 'c2', bookId: 'b', name: 'Belanja', kind: 'hpp', hidden: false, createdAt: AT },
  ];
  const accounts: Account[] = [
    { id: 'a1', bookId: 'b', name: 'Kas', type: 'cash', hidden: false, createdAt: AT },
    { id: 'a2', bookId: 'b', name: names.account ?? 'BRI', type: 'bank', hidden: false, createdAt: AT },
  ];
  const entry = (id: string, date: string, categoryId: string, amount: number): Entry => ({
    id,
    bookId: 'b',
    date,
    direction: categoryId === 'c1' ? 'in' : 'out',
    amount,
    categoryId,
    accountId: 'a1',
    note: names.note ?? '',
    counterparty: '',
    recordedAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
    source: 'app',
    voided: false,
  });
  const transfers: Transfer[] = [
    {
      id: 't1',
      bookId: 'b',
      date: '2026-02-10',
      amount: 100_000,
      fromAccountId: 'a1',
      toAccountId: 'a2',
      note: names.note ?? '',
      recordedAt: AT,
      updatedAt: AT,
      source: 'app',
      voided: false,
    },
  ];
  const built = buildStatement({
    book: {
      name: names.business ?? 'Toko Kecil',
      owner: names.owner ?? 'Yohana',
      memberNumber: names.memberNumber ?? '17',
      cooperative: 'Kopdit Obor Mas',
      branch: 'Maumere',
      businessType: 'Tenun',
      timeZone: 'Asia/Makassar',
    },
    period: { from: '2026-02-01', to: '2026-02-28' },
    entries: [entry('e1', '2026-02-02', 'c1', 1_250_000), entry('e2', '2026-02-03', 'c2', 400_000)],
    transfers,
    categories,
    accounts,
    now: new Date('2026-03-02T00:00:00.000Z'),
    appVersion: 'test',
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.value;
}
