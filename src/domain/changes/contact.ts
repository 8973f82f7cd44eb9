import type { Contact } from '../credit/records';
import { contactProblems, type ContactInput } from '../credit/validate';
import { normaliseWhatsApp } from '../credit/whatsapp';
import type { Id, Instant } from '../model';
import { fail, ok, type Problem, type Result } from '../result';
import { canonicalText } from '../text';
import type { Planned } from './change';
import type { NewRow } from './catalog';

/** A contact as written: its name in canonical form and its number in E.164. */
const contactFields = (input: ContactInput) => ({
  name: canonicalText(input.name),
  whatsapp: normaliseWhatsApp(input.whatsapp) ?? '',
  role: input.role,
});

/** A contact saved after checking it against the book's others (names are unique per book). */
function saveContact(
  contact: Contact,
  siblings: readonly Contact[],
  problems: Problem[],
): Result<Planned<Contact>, Problem> {
  if (problems.length > 0) return fail(...problems);
  return ok({
    value: contact,
    change: {
      bookId: contact.bookId,
      putCredit: { contacts: [contact] },
      creditExpects: [{ what: 'rows', table: 'contacts', bookId: contact.bookId, rows: siblings }],
    },
  });
}

/** Adding a customer or supplier to a book. */
export function addContactChange(
  bookId: Id,
  input: ContactInput,
  siblings: readonly Contact[],
  row: NewRow,
): Result<Planned<Contact>, Problem> {
  const contact: Contact = {
    id: row.id,
    bookId,
    ...contactFields(input),
    hidden: false,
    createdAt: row.at,
    updatedAt: row.at,
  };
  return saveContact(contact, siblings, contactProblems(input, siblings));
}

/** Renaming a contact or changing its number or role; its records keep pointing at it. */
export function editContactChange(
  contact: Contact,
  input: ContactInput,
  siblings: readonly Contact[],
  at: Instant,
): Result<Planned<Contact>, Problem> {
  const edited: Contact = { ...contact, ...contactFields(input), updatedAt: at };
  return saveContact(edited, siblings, contactProblems(input, siblings, contact.id));
}

/** Hiding a contact from the pickers (or showing it again): contacts are never deleted. */
export function hideContactChange(contact: Contact, hidden: boolean, at: Instant): Planned<Contact> {
  if (contact.hidden === hidden) return { change: null, value: contact };
  const changed: Contact = { ...contact, hidden, updatedAt: at };
  return {
    value: changed,
    change: {
      bookId: contact.bookId,
      putCredit: { contacts: [changed] },
      creditExpects: [{ what: 'row', table: 'contacts', id: contact.id, row: contact }],
    },
  };
}
