import {
  addOpeningItemChange,
  editOpeningItemChange,
  newOpeningItem,
  voidOpeningItemChange,
} from '../domain/changes/opening-item';
import { addOpeningDebtChange } from '../domain/changes/opening-debt';
import type { Contact, OpeningItem, OpeningItemFields } from '../domain/credit/records';
import type { Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, type Result } from '../domain/result';
import { commitPlanned } from './commit-result';
import { creditBasis } from './credit-basis';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { bookRows } from './expectations';
import { belongingTo } from './queries';
import { retryOnStale } from './retry';

/** A book's opening receivables and payables, voided ones included, by date. */
export async function listOpeningItems(db: LumbungDb, bookId: Id): Promise<OpeningItem[]> {
  const items = await bookRows(db.openingItems, bookId);
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Records what a contact owed the shop, or the shop owed a contact, when the book began. */
export function addOpeningItem(
  db: LumbungDb,
  bookId: Id,
  fields: OpeningItemFields,
): Promise<Result<OpeningItem, StorageProblem>> {
  return retryOnStale(async () => {
    const item = newOpeningItem(bookId, fields, { id: newId(), at: new Date().toISOString(), source: 'app' });
    const [book, contact] = await Promise.all([
      db.books.get(bookId),
      belongingTo(db.contacts, bookId, fields.contactId),
    ]);
    return commitPlanned(db, addOpeningItemChange(item, { book, contact }));
  });
}

/** Corrects an opening item, refused when settlements already took off more than would be owed. */
export function editOpeningItem(
  db: LumbungDb,
  itemId: Id,
  fields: OpeningItemFields,
  reason?: string,
): Promise<Result<OpeningItem, StorageProblem>> {
  return retryOnStale(async () => {
    const item = await db.openingItems.get(itemId);
    if (!item) return fail(problem('opening.notFound'));
    const [contact, credit] = await Promise.all([
      belongingTo(db.contacts, item.bookId, fields.contactId),
      creditBasis(db, item.bookId, [item.contactId, fields.contactId]),
    ]);
    const at = new Date().toISOString();
    return commitPlanned(db, editOpeningItemChange(item, fields, { contact, credit }, at, reason));
  });
}

/** Voids an opening item, refused when settlements already took off what it brought in. */
export function voidOpeningItem(
  db: LumbungDb,
  itemId: Id,
  reason: string,
): Promise<Result<OpeningItem, StorageProblem>> {
  return retryOnStale(async () => {
    const item = await db.openingItems.get(itemId);
    if (!item) return fail(problem('opening.notFound'));
    const credit = await creditBasis(db, item.bookId, [item.contactId]);
    return commitPlanned(db, voidOpeningItemChange(item, new Date().toISOString(), reason, credit));
  });
}

/**
 * Records an opening receivable or payable for the contact of this name, adding the contact in
 * the same write when the book has none of that name: refused whole, nothing half-saved.
 */
export function addOpeningDebt(
  db: LumbungDb,
  bookId: Id,
  fields: Omit<OpeningItemFields, 'contactId'>,
  contactName: string,
): Promise<Result<{ item: OpeningItem; contact: Contact }, StorageProblem>> {
  return retryOnStale(async () => {
    const at = new Date().toISOString();
    const item = newOpeningItem(bookId, { ...fields, contactId: '' }, { id: newId(), at, source: 'app' });
    const [book, contacts] = await Promise.all([db.books.get(bookId), bookRows(db.contacts, bookId)]);
    const row = { id: newId(), at };
    return commitPlanned(db, addOpeningDebtChange(item, contactName, { book, contacts }, row));
  });
}
