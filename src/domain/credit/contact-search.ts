import { canonicalText, nameKey } from '../text';
import type { Contact } from './records';

/** What a search of the contact list typed: a name's key, and the national digits of a number in it. */
export interface ContactSearch {
  name: string;
  /** The digits after the country code or the leading 0 (`0812 34` → `81234`); '' when not a number. */
  digits: string;
}

/** Reads the contact list's search box: a part of a name, or a part of a WhatsApp number as people write it. */
export function contactSearch(text: string): ContactSearch {
  const compact = canonicalText(text).replace(/[\s\-.()]/g, '');
  const number = /^\+?\d+$/.test(compact);
  const digits = number ? compact.replace(/^(\+?62|0)/, '') : '';
  return { name: nameKey(text), digits };
}

/**
 * Whether a contact is what the search asks for: its name holds the text (compared after the
 * names' normalisation: NFKC, case-folded, format characters removed), or its WhatsApp number holds
 * the digits typed (`0812…`, `62812…` and `+62 812…` alike).
 */
export function contactMatches(contact: Pick<Contact, 'name' | 'whatsapp'>, search: ContactSearch): boolean {
  if (nameKey(contact.name).includes(search.name)) return true;
  return search.digits !== '' && contact.whatsapp.replace(/^\+62/, '').includes(search.digits);
}
