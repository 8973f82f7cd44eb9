import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/domain/backup/read';
import { directionOf } from '../../src/domain/kinds';
import type { Id } from '../../src/domain/model';
import { newId } from '../../src/domain/platform';
import {
  addAccount,
  addCategory,
  addEntry,
  addTransfer,
  checkRollups,
  createBook,
  editEntry,
  importBatch,
  listAccounts,
  listCategories,
  makeBackup,
  restoreBackup,
  setSetting,
  verifyBookChain,
  voidEntry,
  voidTransfer,
  type LumbungDb,
} from '../../src/storage';
import { freshDb, MARIA, unwrap } from '../support/storage/db';

const note = fc.oneof(
  fc.constantFrom(
    '',
    'jual kopi',
    '=SUM(A1)',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'kata "kutip", koma',
  ),
  fc.string({ maxLength: 40 }).map((s) => s.trim()),
);
const entry = fc.record({
  kind: fc.constantFrom('Penjualan', 'Listrik', 'Prive', 'Setoran modal', 'Bunga pinjaman'),
  account: fc.nat(2),
  date: fc.constantFrom('2025-12-31', '2026-01-01', '2026-02-28', '2026-03-15'),
  amount: fc.integer({ min: 1, max: 50_000_000 }),
  note,
});
const command = fc.oneof(
  fc.record({ verb: fc.constant('add' as const), entry }),
  fc.record({ verb: fc.constant('edit' as const), target: fc.nat(30), entry }),
  fc.record({ verb: fc.constant('void' as const), target: fc.nat(30), reason: note }),
  fc.record({ verb: fc.constant('transfer' as const), amount: fc.integer({ min: 1, max: 9_000_000 }), note }),
  fc.record({ verb: fc.constant('voidTransfer' as const), target: fc.nat(30) }),
  fc.record({
    verb: fc.constant('import' as const),
    entries: fc.array(entry, { minLength: 1, maxLength: 4 }),
  }),
);
const book = fc.record({
  name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
  commands: fc.array(command, { maxLength: 14 }),
});

type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

/** The value, or a failed test when it is missing. */
function must<T>(value: T | undefined): T {
  if (value === undefined) expect.fail('missing');
  return value;
}

/** Makes a book through the verbs only, as a member would, and returns its id. */
async function makeBook(db: LumbungDb, name: string, commands: Command[]): Promise<Id> {
  const b = unwrap(await createBook(db, { ...MARIA, name }));
  unwrap(await addAccount(db, b.id, { name: 'BRI', type: 'bank' }));
  unwrap(await addCategory(db, b.id, { name: '@Ongkir', kind: 'beban' }));
  const accounts = await listAccounts(db, b.id);
  const categories = await listCategories(db, b.id);
  const entries: Id[] = [];
  const transfers: Id[] = [];
  const pick = (ids: Id[], i: number) => ids[i % Math.max(ids.length, 1)] ?? 'none';
  const fields = (e: typeof entry extends fc.Arbitrary<infer E> ? E : never) => {
    const category = must(categories.find((c) => c.name === e.kind));
    return {
      date: e.date,
      direction: directionOf(category.kind),
      amount: e.amount,
      categoryId: category.id,
      accountId: must(accounts[e.account % accounts.length]).id,
      note: e.note,
      counterparty: '',
    };
  };
  for (const c of commands) {
    if (c.verb === 'add') {
      const r = await addEntry(db, b.id, fields(c.entry));
      if (r.ok) entries.push(r.value.id);
    } else if (c.verb === 'edit') await editEntry(db, pick(entries, c.target), fields(c.entry), 'koreksi');
    else if (c.verb === 'void') await voidEntry(db, pick(entries, c.target), c.reason || 'batal');
    else if (c.verb === 'transfer') {
      const r = await addTransfer(db, b.id, {
        date: '2026-01-02',
        amount: c.amount,
        fromAccountId: must(accounts[0]).id,
        toAccountId: must(accounts[1]).id,
        note: c.note,
      });
      if (r.ok) transfers.push(r.value.id);
    } else if (c.verb === 'voidTransfer') await voidTransfer(db, pick(transfers, c.target), 'salah');
    else {
      const rows = c.entries.map((e) => {
        const { categoryId, accountId, ...f } = fields(e);
        const categoryName = must(categories.find((x) => x.id === categoryId)).name;
        const accountName = must(accounts.find((x) => x.id === accountId)).name;
        return { ...f, categoryName, accountName };
      });
      const batch = { importId: newId(), newAccounts: [], newCategories: [], entries: rows, transfers: [] };
      await importBatch(db, b.id, batch, {
        hash: 'a'.repeat(64),
        fileName: `${name}.csv`,
        rows: rows.length,
      });
    }
  }
  return b.id;
}

describe('backup round trip', () => {
  it('export → restore into an empty app → export gives the same bytes, and every chain still verifies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(book, { minLength: 1, maxLength: 2 }),
        fc.constantFrom('id', 'en'),
        async (books, language) => {
          const db = freshDb();
          const ids = [];
          for (const b of books) ids.push(await makeBook(db, b.name, b.commands));
          await setSetting(db, 'language', language);
          await setSetting(db, 'currentBookId', ids[0]);
          await setSetting(db, 'device.lastBackup', { at: '2026-01-01T00:00:00.000Z', entries: 3 });
          const first = await makeBackup(db, '1.2.3');

          const checked = await readBackup(first.text);
          if (!checked.ok) expect.fail(JSON.stringify(checked.errors));
          const empty = freshDb();
          unwrap(await restoreBackup(empty, checked.value.content, { clash: 'replace', copyName: (n) => n }));
          const second = await makeBackup(empty, '1.2.3');

          expect(second.text).toBe(first.text);
          expect(second.checksum).toBe(first.checksum);
          for (const id of ids) {
            expect(await verifyBookChain(empty, id)).toEqual([]);
            expect(await checkRollups(empty, id)).toEqual([]);
          }
          expect(await empty.settings.get('device.lastBackup')).toBeUndefined();
          db.close();
          empty.close();
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
