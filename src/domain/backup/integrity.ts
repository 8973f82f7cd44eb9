import { directionOf } from '../kinds';
import type { Id, Revision, RevisionSnapshot } from '../model';
import { MAX_LISTED_PROBLEMS, type BackupProblem } from './codes';
import type { BackupContent } from './schema';

type Row = Record<string, unknown>;

/** Whether a row holds every field of a revision's snapshot as recorded (its current state). */
const matchesSnapshot = (row: Row, snapshot: RevisionSnapshot): boolean =>
  Object.entries(snapshot).every(([field, value]) => field === 'subject' || row[field] === value);

/** Every id appearing twice in a list. */
function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/**
 * Checks that a backup hangs together before anything is written: ids unique, every row's book,
 * category and account present in the same book, kinds matching directions, and every entry and
 * transfer equal to the state its latest revision recorded (so a row edited outside the app, or a
 * history that does not describe the rows, is refused). The hash chains are checked separately.
 */
export function integrityProblems(content: BackupContent): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const add = (p: BackupProblem) => problems.length < MAX_LISTED_PROBLEMS && problems.push(p);
  const { books, accounts, categories, entries, transfers, revisions, settings, imports } = content;
  const contacts = content.contacts ?? [];
  const settlements = content.settlements ?? [];
  const stockCounts = content.stockCounts ?? [];
  const openingItems = content.openingItems ?? [];
  const subjects = [entries, transfers, settlements, stockCounts, openingItems].flatMap((rows) =>
    rows.map((r) => r.id),
  );
  const lists: Array<[string, string[]]> = [
    ['books', books.map((b) => b.id)],
    ['accounts', accounts.map((a) => a.id)],
    ['categories', categories.map((c) => c.id)],
    ['entries', subjects],
    ['revisions', revisions.map((r) => `${r.bookId}#${r.seq}`)],
    ['settings', settings.map((s) => s.key)],
    ['imports', imports.map((i) => i.importId)],
    ['photos', (content.photos ?? []).map((p) => p.entryId)],
    ['contacts', contacts.map((c) => c.id)],
  ];
  for (const [table, ids] of lists)
    for (const id of duplicates(ids)) add({ code: 'backup.duplicate', params: { table, id } });

  const bookIds = new Set(books.map((b) => b.id));
  const inBook = <T extends { id: Id; bookId: Id }>(rows: readonly T[]) =>
    new Map(rows.map((r) => [r.id, r]));
  const accountById = inBook(accounts);
  const categoryById = inBook(categories);
  const orphan = (table: string, id: string) => add({ code: 'backup.orphan', params: { table, id } });
  const ownBook = (table: string, id: string, bookId: Id) =>
    bookIds.has(bookId) || (orphan(table, id), false);
  accounts.forEach((a) => ownBook('accounts', a.id, a.bookId));
  categories.forEach((c) => ownBook('categories', c.id, c.bookId));
  imports.forEach((i) => ownBook('imports', i.importId, i.bookId));
  const account = (id: Id, bookId: Id) => accountById.get(id)?.bookId === bookId;
  contacts.forEach((c) => ownBook('contacts', c.id, c.bookId));
  const contactById = inBook(contacts);
  const contact = (id: Id | undefined, bookId: Id) =>
    id === undefined || contactById.get(id)?.bookId === bookId;

  const latest = new Map<Id, Revision>();
  for (const r of revisions) {
    const current = latest.get(r.subjectId);
    if (!current || current.seq < r.seq) latest.set(r.subjectId, r);
  }
  const history = (
    table: string,
    row: Row & { id: Id; bookId: Id },
    subject: RevisionSnapshot['subject'],
  ) => {
    const last = latest.get(row.id);
    if (
      !last ||
      last.bookId !== row.bookId ||
      last.snapshot.subject !== subject ||
      !matchesSnapshot(row, last.snapshot)
    )
      add({ code: 'backup.history', params: { table, id: row.id } });
  };
  for (const e of entries) {
    if (!ownBook('entries', e.id, e.bookId)) continue;
    const category = categoryById.get(e.categoryId);
    if (category?.bookId !== e.bookId) orphan('entries', e.id);
    else if (directionOf(category.kind) !== e.direction)
      add({ code: 'backup.kindDirection', params: { id: e.id } });
    if (!account(e.accountId, e.bookId) || !contact(e.contactId, e.bookId)) orphan('entries', e.id);
    history('entries', e, 'entry');
  }
  for (const t of transfers) {
    if (!ownBook('transfers', t.id, t.bookId)) continue;
    if (!account(t.fromAccountId, t.bookId) || !account(t.toAccountId, t.bookId)) orphan('transfers', t.id);
    if (t.fromAccountId === t.toAccountId) add({ code: 'backup.sameAccount', params: { id: t.id } });
    history('transfers', t, 'transfer');
  }
  for (const r of settlements) {
    if (!ownBook('settlements', r.id, r.bookId)) continue;
    if (!account(r.accountId, r.bookId) || !contact(r.contactId, r.bookId)) orphan('settlements', r.id);
    history('settlements', r, 'settlement');
  }
  for (const r of stockCounts)
    if (ownBook('stockCounts', r.id, r.bookId)) history('stockCounts', r, 'stockCount');
  for (const r of openingItems) {
    if (!ownBook('openingItems', r.id, r.bookId)) continue;
    if (!contact(r.contactId, r.bookId)) orphan('openingItems', r.id);
    history('openingItems', r, 'openingItem');
  }
  const subjectBook = new Map(
    [entries, transfers, settlements, stockCounts, openingItems].flatMap((rows) =>
      rows.map((row): [Id, Id] => [row.id, row.bookId]),
    ),
  );
  for (const r of revisions)
    if (subjectBook.get(r.subjectId) !== r.bookId) orphan('revisions', `${r.bookId}#${r.seq}`);
  const entryBook = new Map(entries.map((e) => [e.id, e.bookId]));
  for (const p of content.photos ?? [])
    if (entryBook.get(p.entryId) !== p.bookId) orphan('photos', p.entryId);
  return problems;
}
