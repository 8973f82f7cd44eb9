import type { Contact, OpeningItem } from '../credit/records';
import type { Book } from '../model';
import { fail, ok, type Problem, type Result } from '../result';
import { nameKey } from '../text';
import type { Planned } from './change';
import type { NewRow } from './catalog';
import { addContactChange } from './contact';
import { addOpeningItemChange } from './opening-item';

/** What an opening debt named by its contact is checked against: the book and its contacts. */
export interface OpeningDebtBasis {
  book: Book | undefined;
  contacts: readonly Contact[];
}

/**
 * Recording what a contact owed (or was owed) when the book began, the contact named as the member
 * typed it: the book's contact of that name (compared as names are), or a new one — a customer
 * for what is owed to the shop, a supplier for what the shop owes — added in the same change, so
 * a refused item leaves no contact behind.
 */
export function addOpeningDebtChange(
  item: Omit<OpeningItem, 'contactId'>,
  contactName: string,
  basis: OpeningDebtBasis,
  contactRow: NewRow,
): Result<Planned<{ item: OpeningItem; contact: Contact }>, Problem> {
  const key = nameKey(contactName);
  const found = basis.contacts.find((c) => nameKey(c.name) === key);
  if (found) {
    const planned = addOpeningItemChange(
      { ...item, contactId: found.id },
      { book: basis.book, contact: found },
    );
    return planned.ok
      ? ok({ ...planned.value, value: { item: planned.value.value, contact: found } })
      : planned;
  }
  const role = item.side === 'receivable' ? 'customer' : 'supplier';
  const added = addContactChange(
    item.bookId,
    { name: contactName.trim(), whatsapp: '', role },
    basis.contacts,
    contactRow,
  );
  const contact = added.ok ? added.value.value : undefined;
  const planned = addOpeningItemChange(
    { ...item, contactId: contact?.id ?? '' },
    { book: basis.book, contact },
  );
  if (!added.ok || !planned.ok) return mergeFailures(added, planned);
  const itemChange = planned.value.change;
  const contactChange = added.value.change;
  return ok({
    value: { item: planned.value.value, contact: added.value.value },
    change: {
      bookId: item.bookId,
      addCredit: { contacts: [added.value.value], openingItems: [planned.value.value] },
      drafts: itemChange?.drafts ?? [],
      credit: itemChange?.credit ?? [],
      creditExpects: contactChange?.creditExpects ?? [],
    },
  });
}

/** Every problem of the contact and of the item, the item's missing contact left out when the contact was refused. */
function mergeFailures(
  added: Result<unknown, Problem>,
  planned: Result<unknown, Problem>,
): Result<never, Problem> {
  const contactProblems = added.ok ? [] : added.errors;
  const itemProblems = planned.ok
    ? []
    : planned.errors.filter((p) => added.ok || p.code !== 'opening.contactMissing');
  return fail(...contactProblems, ...itemProblems);
}
