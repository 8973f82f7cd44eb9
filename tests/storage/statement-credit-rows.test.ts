import { describe, expect, it } from 'vitest';
import { statementFromRows } from '../../src/features/statement/make-statement-files';
import { statementRows } from '../../src/storage/lazy';
import { readFixture } from '../support/fixture';
import { freshDb, makeBook, unwrap } from '../support/storage/db';
import { importText } from '../support/storage/import-text';

describe("the member's statement of a book with debts and stock", () => {
  it('is a /2 statement with the position worked out by hand', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const imported = await importText(db, t.book.id, readFixture('tenun-ina-2026q1.csv'));
    if (!imported.ok || !('written' in imported)) expect.fail(JSON.stringify(imported));
    unwrap(imported.written);
    const period = { from: '2026-02-01', to: '2026-02-28' };
    const rows = await statementRows(db, t.book.id, period);
    if (!rows) expect.fail('no rows');
    const built = unwrap(statementFromRows(rows, period, new Date()));
    expect(built).toMatchObject({
      position: { closing: { receivables: 1_000_000, payables: 600_000, totalAssets: 5_170_000 } },
    });
  });
});
