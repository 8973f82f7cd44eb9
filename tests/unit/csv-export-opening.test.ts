import { describe, expect, it } from 'vitest';
import { openingRowCount, openingRows, type PeriodOpening } from '../../src/domain/csv/export-opening';

const opening: PeriodOpening = {
  day: '2026-03-31',
  cash: [
    { accountId: 'kas', balance: 250_000 },
    { accountId: 'bri', balance: 0 },
    { accountId: 'qris', balance: -40_000 },
  ],
  stock: 0,
  carried: [
    { contactId: 'c1', side: 'payable', date: '2026-02-10', amount: 90_000, remaining: 60_000, order: 'b' },
    {
      contactId: 'c2',
      side: 'receivable',
      date: '2026-03-05',
      dueDate: '2026-03-20',
      amount: 10_000,
      remaining: 10_000,
      order: 'a',
    },
  ],
  capital: 'Setoran modal',
  drawings: 'Prive',
};
const names: Record<string, string> = { kas: 'Kas', bri: 'BRI', qris: 'QRIS', c1: 'UD Jaya', c2: 'Bu Ani' };

describe('the opening a period export carries', () => {
  it('starts with an opening stock before every item, and carries a short account as drawings', () => {
    const rows = openingRows(
      opening,
      (id) => names[id] ?? id,
      (id) => names[id] ?? id,
    );
    expect(rows.map((r) => r.cells.join(','))).toEqual([
      '2026-02-10,stok_awal,0,,,,,,,,',
      '2026-02-10,utang_awal,60000,,,,,,UD Jaya,,',
      '2026-03-05,piutang_awal,10000,,,,,,Bu Ani,,2026-03-20',
      '2026-03-31,masuk,250000,Setoran modal,modal,Kas,,,,,',
      '2026-03-31,keluar,40000,Prive,prive,QRIS,,,,,',
    ]);
    expect(openingRowCount(opening)).toBe(rows.length);
  });
});
