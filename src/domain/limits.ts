import type { Book } from './model';

// Every limit on what a member types, imports or restores, in one place. Lengths are counted in
// code points (see `textLength`), so an emoji is one character wherever a limit is checked.

/** The longest note an entry or transfer may carry. */
export const NOTE_MAX_LENGTH = 500;

/** The longest counterparty name an entry may carry. */
export const COUNTERPARTY_MAX_LENGTH = 120;

/** The longest name an account or category may have. */
export const NAME_MAX_LENGTH = 60;

/** The longest reason an edit or a void may give. */
export const REASON_MAX_LENGTH = 200;

/** The longest member number (nomor anggota). */
export const MEMBER_NUMBER_MAX_LENGTH = 40;

/** The longest owner or business name an officer's registry keeps beside a member number. */
export const REGISTERED_NAME_MAX_LENGTH = 200;

/** A field of a book that a member fills in. */
export type BookField = Exclude<keyof Book, 'id' | 'createdAt' | 'updatedAt'>;

/** The longest text each book field may hold. */
export const BOOK_FIELD_MAX_LENGTH: Readonly<Record<BookField, number>> = {
  name: 80,
  owner: 80,
  memberNumber: MEMBER_NUMBER_MAX_LENGTH,
  cooperative: 80,
  branch: 80,
  businessType: 80,
  address: 200,
  phone: 30,
  timeZone: 64,
};

/** How many characters a text has, counted in code points (an emoji is one, not two UTF-16 units). */
export function textLength(text: string): number {
  let length = 0;
  // A character beyond U+FFFF takes two units; a lone surrogate counts as one.
  for (let i = 0; i < text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) length += 1;
  return length;
}

/** Whether a text is longer than a limit, counted the way every limit is. */
export const isTooLong = (text: string, max: number): boolean =>
  // Below the limit in UTF-16 units is below it in code points too; most text stops here.
  text.length > max && textLength(text) > max;

/**
 * The `maxLength` attribute for an input of `max` characters. The browser counts UTF-16 units, up
 * to two per character: this never cuts a text within the limit, and what it cuts of a runaway
 * paste still holds more than `max` characters, so the form's own check always tells the member.
 */
export const inputMaxLength = (max: number): number => 2 * (max + 1);

/**
 * How long before its own date a record may have been recorded and still be believed: a year and
 * a day. A rent noted months ahead is ordinary; a sale written down years before it happened is not.
 */
export const MAX_RECORDED_AHEAD_DAYS = 366;

/** The digits an Indonesian mobile number has after the country code 62 (8xx…, 9 to 12 digits). */
export const WHATSAPP_DIGITS = { min: 9, max: 12 } as const;

/** Products a book keeps for one-tap sales: a short list that fits as chips above the amount. */
export const PRODUCTS_MAX = 40;

/** The most of one product a chip counts in a sale (tapped again, or typed). */
export const PRODUCT_QUANTITY_MAX = 999;
