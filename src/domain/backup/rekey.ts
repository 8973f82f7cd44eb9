import type { Id, RevisionSnapshot } from '../model';
import { chainRevisions, type RevisionDraft } from '../revisions';
import type { BackupContent } from './schema';

/** Options for copying books under new ids. */
export interface CopyOptions {
  newId: () => Id;
  /** The name the copy of a book gets, so the member can tell the two apart. */
  rename: (name: string) => string;
}

/**
 * Copies the given books of a backup under fresh ids ("keep both" when a book already exists on
 * the phone). Every id changes (book, accounts, categories, entries and their photos, transfers,
 * import batches), so the revisions must change too: a revision's hash covers its bookId,
 * subjectId and the ids in its snapshot. The copy's history is therefore re-chained from its first revision, keeping each
 * revision's order, time, action, reason and content. The original chain was verified before this
 * runs, so nothing unverified is re-signed; the copy's chain then proves the copy unaltered from
 * the restore onwards. Books not named, and the settings, are returned unchanged.
 */
export async function copyBooksWithNewIds(
  content: BackupContent,
  bookIds: ReadonlySet<Id>,
  { newId, rename }: CopyOptions,
): Promise<BackupContent> {
  const ids = new Map<Id, Id>();
  const map = (id: Id): Id => {
    let mapped = ids.get(id);
    if (mapped === undefined) ids.set(id, (mapped = newId()));
    return mapped;
  };
  const copied = <T extends { bookId: Id }>(rows: readonly T[]) => rows.filter((r) => bookIds.has(r.bookId));
  const kept = <T extends { bookId: Id }>(rows: readonly T[]) => rows.filter((r) => !bookIds.has(r.bookId));
  const remapSnapshot = (s: RevisionSnapshot): RevisionSnapshot => {
    switch (s.subject) {
      case 'entry': {
        const contact = s.contactId === undefined ? {} : { contactId: map(s.contactId) };
        return { ...s, categoryId: map(s.categoryId), accountId: map(s.accountId), ...contact };
      }
      case 'transfer':
        return { ...s, fromAccountId: map(s.fromAccountId), toAccountId: map(s.toAccountId) };
      case 'settlement':
        return { ...s, contactId: map(s.contactId), accountId: map(s.accountId) };
      case 'openingItem':
        return { ...s, contactId: map(s.contactId) };
      case 'stockCount':
        return s;
    }
  };
  const importIdOf = (importId: Id | undefined) =>
    importId === undefined ? {} : { importId: map(importId) };

  const revisions = [];
  for (const book of content.books.filter((b) => bookIds.has(b.id))) {
    const drafts: RevisionDraft[] = content.revisions
      .filter((r) => r.bookId === book.id)
      .sort((a, b) => a.seq - b.seq)
      .map(({ subjectId, action, at, reason, snapshot }) => ({
        bookId: map(book.id),
        subjectId: map(subjectId),
        action,
        at,
        ...(reason === undefined ? {} : { reason }),
        snapshot: remapSnapshot(snapshot),
      }));
    revisions.push(...chainRevisions(undefined, drafts));
  }
  return {
    books: [
      ...content.books.filter((b) => !bookIds.has(b.id)),
      ...content.books
        .filter((b) => bookIds.has(b.id))
        .map((b) => ({ ...b, id: map(b.id), name: rename(b.name) })),
    ],
    accounts: [
      ...kept(content.accounts),
      ...copied(content.accounts).map((a) => ({ ...a, id: map(a.id), bookId: map(a.bookId) })),
    ],
    categories: [
      ...kept(content.categories),
      ...copied(content.categories).map((c) => ({ ...c, id: map(c.id), bookId: map(c.bookId) })),
    ],
    entries: [
      ...kept(content.entries),
      ...copied(content.entries).map(({ importId, ...e }) => ({
        ...e,
        ...importIdOf(importId),
        id: map(e.id),
        bookId: map(e.bookId),
        categoryId: map(e.categoryId),
        accountId: map(e.accountId),
        ...(e.contactId === undefined ? {} : { contactId: map(e.contactId) }),
      })),
    ],
    transfers: [
      ...kept(content.transfers),
      ...copied(content.transfers).map(({ importId, ...t }) => ({
        ...t,
        ...importIdOf(importId),
        id: map(t.id),
        bookId: map(t.bookId),
        fromAccountId: map(t.fromAccountId),
        toAccountId: map(t.toAccountId),
      })),
    ],
    revisions: [...kept(content.revisions), ...revisions],
    settings: content.settings,
    imports: [
      ...kept(content.imports),
      ...copied(content.imports).map((i) => ({ ...i, importId: map(i.importId), bookId: map(i.bookId) })),
    ],
    ...(content.products
      ? {
          products: [
            ...kept(content.products),
            ...copied(content.products).map((p) => ({ ...p, id: map(p.id), bookId: map(p.bookId) })),
          ],
        }
      : {}),
    ...(content.photos
      ? {
          photos: [
            ...kept(content.photos),
            ...copied(content.photos).map((p) => ({ ...p, entryId: map(p.entryId), bookId: map(p.bookId) })),
          ],
        }
      : {}),
    ...copiedCredit(content, kept, copied, map, importIdOf),
  };
}

type Rows = <T extends { bookId: Id }>(rows: readonly T[]) => T[];

/** The debts and stock of the copied books under their new ids (tables the backup does not carry stay out). */
function copiedCredit(
  content: BackupContent,
  kept: Rows,
  copied: Rows,
  map: (id: Id) => Id,
  importIdOf: (importId: Id | undefined) => { importId?: Id },
): Partial<BackupContent> {
  const own = <T extends { id: Id; bookId: Id; importId?: Id | undefined }>({ importId, ...r }: T) => ({
    ...r,
    ...importIdOf(importId),
    id: map(r.id),
    bookId: map(r.bookId),
  });
  const { contacts, settlements, stockCounts, openingItems } = content;
  return {
    ...(contacts && {
      contacts: [
        ...kept(contacts),
        ...copied(contacts).map((c) => ({ ...c, id: map(c.id), bookId: map(c.bookId) })),
      ],
    }),
    ...(settlements && {
      settlements: [
        ...kept(settlements),
        ...copied(settlements).map((r) => ({
          ...own(r),
          contactId: map(r.contactId),
          accountId: map(r.accountId),
        })),
      ],
    }),
    ...(stockCounts && { stockCounts: [...kept(stockCounts), ...copied(stockCounts).map(own)] }),
    ...(openingItems && {
      openingItems: [
        ...kept(openingItems),
        ...copied(openingItems).map((r) => ({ ...own(r), contactId: map(r.contactId) })),
      ],
    }),
  };
}
