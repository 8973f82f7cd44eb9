import type { Contact, CreditSide } from '../../domain/credit/records';
import type { Id } from '../../domain/model';
import { ok, type Result } from '../../domain/result';
import { nameKey } from '../../domain/text';
import { type LumbungDb, type StorageProblem } from '../../storage';
import { addContact, listContacts } from '../../storage/lazy';

/**
 * The book's contact of this name (compared as the book compares names), or a new one: a customer
 * for what is owed to the shop, a supplier for what the shop owes.
 */
export async function contactByName(
  db: LumbungDb,
  bookId: Id,
  name: string,
  side: CreditSide,
): Promise<Result<Contact, StorageProblem>> {
  const key = nameKey(name);
  const found = (await listContacts(db, bookId)).find((c) => nameKey(c.name) === key);
  if (found) return ok(found);
  return addContact(db, bookId, {
    name: name.trim(),
    whatsapp: '',
    role: side === 'receivable' ? 'customer' : 'supplier',
  });
}
