import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/domain/backup/read';
import {
  checkCreditRollups,
  checkRollups,
  creditOverview,
  makeBackup,
  positionAt,
  restoreBackup,
  verifyBookChain,
} from '../../src/storage';
import { readFixture } from '../support/fixture';
import { freshDb, makeBook, unwrap } from '../support/storage/db';
import { importText } from '../support/storage/import-text';

describe('a backup of a book with debts and stock', () => {
  it('carries contacts, settlements, counts and opening items, and a restore rebuilds their rollups', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const imported = await importText(db, t.book.id, readFixture('tenun-ina-2026q1.csv'));
    if (!imported.ok || !('written' in imported)) expect.fail(JSON.stringify(imported));
    unwrap(imported.written);
    const file = await makeBackup(db, '0.1.0');
    const checked = await readBackup(file.text);
    if (!checked.ok) expect.fail(JSON.stringify(checked.errors));
    const { content } = checked.value;
    expect(content.contacts?.map((c) => c.name).sort()).toEqual(['Bu Rina', 'CV Benang Jaya', 'Pak Doni']);
    expect([content.settlements?.length, content.stockCounts?.length, content.openingItems?.length]).toEqual([
      3, 3, 2,
    ]);

    for (const clash of ['replace', 'keepBoth'] as const) {
      const phone = clash === 'replace' ? freshDb() : db;
      const summary = unwrap(
        await restoreBackup(phone, content, { clash, copyName: (n) => `${n} (cadangan)` }),
      );
      const bookId = summary.books[0]?.id ?? '';
      expect(await verifyBookChain(phone, bookId)).toEqual([]);
      expect(await checkRollups(phone, bookId)).toEqual([]);
      expect(await checkCreditRollups(phone, bookId)).toEqual([]);
      expect(await positionAt(phone, bookId, '2026-02-28')).toEqual(
        await positionAt(db, t.book.id, '2026-02-28'),
      );
      const overview = await creditOverview(phone, bookId, '2026-02-28');
      expect([overview.receivable.total, overview.payable.total]).toEqual([1_000_000, 600_000]);
    }
  });
});
