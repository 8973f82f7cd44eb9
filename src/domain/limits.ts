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
// The size of a statement file follows from its format's bounds: at most so many rows, each of at
// most so many bytes as the compact form writes it, notes counted all together, and the rest of the
// statement (its tables of names, months and figures). See docs/statement-format.md#size.

/** The bounds of a statement file its size follows from: lengths of ids and names, rows of each table. */
export const STATEMENT_SIZE_LIMITS = {
  id: 100,
  name: 120,
  months: 120,
  accounts: 500,
  categories: 2000,
  entries: 200_000,
  transfers: 100_000,
} as const;

/** The most characters of notes one statement carries, all its rows together. */
export const STATEMENT_NOTES_MAX_LENGTH = 2_000_000;

/** The most bytes one character of a JSON string takes: a control character escaped as `\u001f`. */
const JSON_BYTES_PER_CHAR = 6;

/** The longest a compact row is written, column by column (its note counted with all notes). */
const ROW_BYTES = {
  layout: 8 + 2 + 2, // indentation, brackets, comma and line break
  separators: 7, // between eight columns
  id: STATEMENT_SIZE_LIMITS.id + 2, // plain ASCII, quoted
  date: 12,
  amount: String(Number.MAX_SAFE_INTEGER).length,
  codes: 2 * String(STATEMENT_SIZE_LIMITS.categories).length, // two indexes, the larger table's digits
  recordedAt: 26,
  imported: 'false'.length,
  noteQuotes: 2,
};

/** The longest row of a compact statement, without its note. */
export const STATEMENT_ROW_MAX_BYTES = Object.values(ROW_BYTES).reduce((a, b) => a + b, 0);

/** One line of a name table (a category or an account, with its kind or figure): name, keys, layout. */
const NAME_LINE_BYTES = STATEMENT_SIZE_LIMITS.name * JSON_BYTES_PER_CHAR + 120;

/**
 * The rest of a statement at most: each category and account twice (in `codes` and with its
 * figure), each month with its figures, and a margin for the identity, discipline and signature.
 */
export const STATEMENT_FRAME_MAX_BYTES =
  2 * (STATEMENT_SIZE_LIMITS.categories + STATEMENT_SIZE_LIMITS.accounts) * NAME_LINE_BYTES +
  STATEMENT_SIZE_LIMITS.months * 1024 +
  64 * 1024;

/** The largest statement JSON the format allows: the frame, every row at its longest, and the notes. */
export const MAX_STATEMENT_BYTES =
  STATEMENT_FRAME_MAX_BYTES +
  (STATEMENT_SIZE_LIMITS.entries + STATEMENT_SIZE_LIMITS.transfers) * STATEMENT_ROW_MAX_BYTES +
  STATEMENT_NOTES_MAX_LENGTH * JSON_BYTES_PER_CHAR;

/**
 * What a statement PDF adds to its JSON at most: the pages drawn (figures, months, chart, notes,
 * QR code) and the PDF's own structure. The PDF deflates the JSON, so it is no larger inside it.
 */
export const STATEMENT_PDF_PAGES_MAX_BYTES = 8 * 1024 * 1024;

/** The largest statement file the officer's check reads (JSON or PDF), and all a PDF may inflate to. */
export const MAX_STATEMENT_FILE_BYTES = MAX_STATEMENT_BYTES + STATEMENT_PDF_PAGES_MAX_BYTES;

/**
 * The most characters of free text (notes, counterparties, reasons) one statement's witness
 * evidence carries, all its revisions together: the statement's own notes and room beside them.
 */
export const WITNESS_TEXT_MAX_LENGTH = 4 * STATEMENT_NOTES_MAX_LENGTH;

/** The longest one revision of a witness evidence is written, its free text aside (counted all together). */
export const WITNESS_REVISION_MAX_BYTES =
  5 * (STATEMENT_SIZE_LIMITS.id + 2) + // book, subject, two accounts or category, contact: ASCII ids, quoted
  64 +
  2 + // the previous revision's hash
  3 * (26 + 2) + // when, the date and the due date
  2 * String(Number.MAX_SAFE_INTEGER).length + // amount and what was paid
  10 + // seq
  200; // keys, the action, direction, subject and voided, and the layout

/**
 * The largest statement JSON with its witness evidence beside it that the server reads: the
 * largest statement, one revision at its longest for each of its rows, and the evidence's text.
 */
export const MAX_WITNESSED_STATEMENT_BYTES =
  MAX_STATEMENT_BYTES +
  (STATEMENT_SIZE_LIMITS.entries + STATEMENT_SIZE_LIMITS.transfers) * WITNESS_REVISION_MAX_BYTES +
  WITNESS_TEXT_MAX_LENGTH * JSON_BYTES_PER_CHAR;

/** A size as the messages show it: whole megabytes, rounded up. */
export const megabytes = (bytes: number): string => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/** The largest receipt photo (bukti) an entry keeps, in bytes, after it is compressed on the phone. */
export const PHOTO_MAX_BYTES = 200 * 1024;

/** The longest username an officer of the back office may have (lower-case letters, digits, `._-`). */
export const OFFICER_USERNAME_MAX_LENGTH = 40;

/** The shortest password an officer may set: long enough not to be guessed in a few tries. */
export const OFFICER_PASSWORD_MIN_LENGTH = 8;

/** The longest password an officer may set: long enough for a passphrase, short enough to hash cheaply. */
export const OFFICER_PASSWORD_MAX_LENGTH = 256;

/** The longest name a cooperative's branch may have. */
export const BRANCH_NAME_MAX_LENGTH = 100;
