import { describe, expect, it } from 'vitest';
import { buildAnyStatement } from '../../src/domain/statement/credit-build';
import { statementInput } from '../../src/features/statement/make-statement-files';
import { statementRows } from '../../src/storage/lazy';
import { readFixture } from '../support/fixture';
import { dumpTables, freshDb, makeBook, unwrap } from '../support/storage/db';
import { importText } from '../support/storage/import-text';

const NOW = new Date('2027-01-05T00:00:00.000Z');
const PERIODS = [
  { from: '2025-12-01', to: '2025-12-31' },
  { from: '2026-01-01', to: '2026-01-31' },
  { from: '2026-02-01', to: '2026-02-28' },
  { from: '2026-01-01', to: '2026-02-28' },
  { from: '2026-03-01', to: '2026-05-31' },
];

describe("the member's /2 statement read from the period and the rollups", () => {
  it('is, byte for byte, the statement worked out from every record of the book', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const imported = await importText(db, t.book.id, readFixture('tenun-ina-2026q1.csv'));
    if (!imported.ok || !('written' in imported)) expect.fail(JSON.stringify(imported));
    unwrap(imported.written);
    const all = await dumpTables(db);
    for (const period of PERIODS) {
      const rows = await statementRows(db, t.book.id, period);
      if (!rows) expect.fail('no rows');
      const input = { ...statementInput(rows, period, NOW), id: 'one-pass' };
      // Only the period's own records are read; the history comes from rollups.
      expect(rows.entries.every((e) => e.date >= period.from && e.date <= period.to)).toBe(true);
      expect(rows.credit.settlements.every((s) => s.date >= period.from)).toBe(true);
      const whole = buildAnyStatement({
        ...input,
        before: undefined,
        history: undefined,
        entries: all.entries as typeof input.entries,
        transfers: all.transfers as typeof input.transfers,
        settlements: all.settlements as typeof input.settlements,
      });
      const fast = buildAnyStatement(input);
      expect(fast.ok).toBe(true);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(whole));
    }
  });
});
