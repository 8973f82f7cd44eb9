import { addContactChange, editContactChange, hideContactChange } from '../domain/changes/contact';
import type { Contact } from '../domain/credit/records';
import type { ContactInput } from '../domain/credit/validate';
import type { Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import { commitPlanned } from './commit-result';
import { commitChange } from './commit';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { bookRows } from './expectations';
import { retryOnStale } from './retry';

/** A book's contacts, hidden ones included, by name. */
export async function listContacts(db: LumbungDb, bookId: Id): Promise<Contact[]> {
  const contacts = await bookRows(db.contacts, bookId);
  return contacts.sort((a, b) => a.name.localeCompare(b.name, 'id-ID'));
}

/** Whether a book has any contact: the home screen shows its debts only then. */
export async function hasContacts(db: LumbungDb, bookId: Id): Promise<boolean> {
  return (await db.contacts.where('bookId').equals(bookId).limit(1).count()) > 0;
}

/** One contact of the book, or undefined. */
export async function getContact(db: LumbungDb, bookId: Id, id: Id): Promise<Contact | undefined> {
  const contact = await db.contacts.get(id);
  return contact?.bookId === bookId ? contact : undefined;
}

/** Adds a customer or supplier; refused when the book already has one of that name. */
export function addContact(
  db: LumbungDb,
  bookId: Id,
  input: ContactInput,
): Promise<Result<Contact, StorageProblem>> {
  return retryOnStale(async () => {
    const siblings = await bookRows(db.contacts, bookId);
    const row = { id: newId(), at: new Date().toISOString() };
    return commitPlanned(db, addContactChange(bookId, input, siblings, row));
  });
}

/** Renames a contact, or changes its WhatsApp number or role. */
export function editContact(
  db: LumbungDb,
  contactId: Id,
  input: ContactInput,
): Promise<Result<Contact, StorageProblem>> {
  return retryOnStale(async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) return fail(problem('contact.notFound'));
    const siblings = await bookRows(db.contacts, contact.bookId);
    return commitPlanned(db, editContactChange(contact, input, siblings, new Date().toISOString()));
  });
}

/** Hides a contact from the pickers, or shows it again; its records stay. */
export function hideContact(
  db: LumbungDb,
  contactId: Id,
  hidden: boolean,
): Promise<Result<Contact, StorageProblem>> {
  return retryOnStale(async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) return fail(problem('contact.notFound'));
    const planned = hideContactChange(contact, hidden, new Date().toISOString());
    if (planned.change) await commitChange(db, planned.change);
    return ok(planned.value);
  });
}
