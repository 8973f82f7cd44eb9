import { z } from '../zod';
import { timeZoneSchema } from '../time-zone-schema';
import { isBusinessDate } from '../dates';
import { CATEGORY_KINDS } from '../kinds';
import { isTooLong, PHOTO_MAX_BYTES } from '../limits';
import { fromBase64 } from '../photo/base64';
import { PHOTO_TYPES } from '../photo/kinds';
import { BACKUP_LIMITS as L } from './format';
import { holdsPrivateKey } from './private-key';

/** A member's text of at most `max` characters, counted in code points as every limit is. */
const textOf = (max: number) => z.string().refine((s) => !isTooLong(s, max), `longer than ${max} characters`);

const id = z.string().min(1).max(L.id);
const name = z
  .string()
  .min(1)
  .refine((s) => !isTooLong(s, L.name), `longer than ${L.name} characters`);
const text = textOf(L.text);
const instant = z.iso.datetime();
const date = z.string().refine(isBusinessDate, 'not a calendar day');
const amount = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const kind = z.enum(CATEGORY_KINDS);
const source = z.enum(['app', 'import']);
/** What an entry on credit adds: its contact, the part paid now (0 ≤ paid < amount) and its due date. */
const entryCredit = {
  contactId: id.optional(),
  paid: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  dueDate: date.optional(),
};

/** A book as a backup carries it. */
export const backupBookSchema = z.strictObject({
  id,
  name,
  owner: text,
  memberNumber: text,
  cooperative: text,
  branch: text,
  businessType: text,
  address: text,
  phone: text,
  timeZone: timeZoneSchema,
  createdAt: instant,
  updatedAt: instant,
});

/** An account as a backup carries it. */
export const backupAccountSchema = z.strictObject({
  id,
  bookId: id,
  name,
  type: z.enum(['cash', 'bank', 'ewallet']),
  hidden: z.boolean(),
  createdAt: instant,
});

/** A category as a backup carries it. */
export const backupCategorySchema = z.strictObject({
  id,
  bookId: id,
  name,
  kind,
  hidden: z.boolean(),
  createdAt: instant,
});

/** What every record with history carries, but its amount (a stock count has a value, which may be zero). */
const recordedBase = {
  id,
  bookId: id,
  date,
  note: textOf(L.note),
  recordedAt: instant,
  updatedAt: instant,
  source,
  importId: id.optional(),
  voided: z.boolean(),
  voidReason: textOf(L.reason).optional(),
};
const recorded = { ...recordedBase, amount };

/** An entry as a backup carries it. */
export const backupEntrySchema = z.strictObject({
  ...recorded,
  direction: z.enum(['in', 'out']),
  categoryId: id,
  accountId: id,
  counterparty: textOf(L.counterparty),
  ...entryCredit,
});

/** A transfer as a backup carries it. */
export const backupTransferSchema = z.strictObject({
  ...recorded,
  fromAccountId: id,
  toAccountId: id,
});

const snapshotSchema = z.discriminatedUnion('subject', [
  z.strictObject({
    subject: z.literal('entry'),
    date,
    direction: z.enum(['in', 'out']),
    amount,
    categoryId: id,
    accountId: id,
    note: textOf(L.note),
    counterparty: textOf(L.counterparty),
    ...entryCredit,
    voided: z.boolean(),
  }),
  z.strictObject({
    subject: z.literal('transfer'),
    date,
    amount,
    fromAccountId: id,
    toAccountId: id,
    note: textOf(L.note),
    voided: z.boolean(),
  }),
  z.strictObject({
    subject: z.literal('settlement'),
    date,
    type: z.enum(['collect', 'pay']),
    contactId: id,
    amount,
    accountId: id,
    note: textOf(L.note),
    voided: z.boolean(),
  }),
  z.strictObject({
    subject: z.literal('stockCount'),
    date,
    value: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
    note: textOf(L.note),
    opening: z.boolean(),
    voided: z.boolean(),
  }),
  z.strictObject({
    subject: z.literal('openingItem'),
    date,
    side: z.enum(['receivable', 'payable']),
    contactId: id,
    amount,
    dueDate: date.optional(),
    note: textOf(L.note),
    voided: z.boolean(),
  }),
]);

/** A revision as a backup carries it: its hash is checked again on restore. */
export const backupRevisionSchema = z.strictObject({
  bookId: id,
  seq: z.int().min(1),
  subjectId: id,
  action: z.enum(['create', 'edit', 'void']),
  at: instant,
  reason: textOf(L.reason).optional(),
  snapshot: snapshotSchema,
  prevHash: z.union([z.literal(''), hash]),
  hash,
});

/** A setting as a backup carries it: plain JSON, bounded, never a private key. */
export const backupSettingSchema = z.strictObject({
  key: z.string().min(1).max(L.settingKey),
  value: z
    .json()
    .refine((v) => JSON.stringify(v).length <= L.settingChars, 'setting too large')
    .refine((v) => !holdsPrivateKey(v), 'a private key is never restored'),
});

/** The record of one CSV import, so the same file is recognised again. */
export const backupImportSchema = z.strictObject({
  importId: id,
  bookId: id,
  hash,
  fileName: z.string().max(L.fileName),
  at: instant,
  counts: z.strictObject({
    rows: z.int().min(0),
    entries: z.int().min(0),
    transfers: z.int().min(0),
    newCategories: z.int().min(0),
    newAccounts: z.int().min(0),
  }),
});

/** A product of a book's one-tap sales list. */
export const backupProductSchema = z.strictObject({
  id,
  bookId: id,
  name,
  price: amount,
  hidden: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
});

/** The longest base64 text a photo of `PHOTO_MAX_BYTES` takes. */
const PHOTO_MAX_CHARS = Math.ceil(PHOTO_MAX_BYTES / 3) * 4;

/** A receipt photo of an entry, carried only when the member chose to, its bytes in base64. */
export const backupPhotoSchema = z.strictObject({
  entryId: id,
  bookId: id,
  type: z.enum(PHOTO_TYPES),
  data: z
    .string()
    .min(4)
    .max(PHOTO_MAX_CHARS)
    .refine((s) => fromBase64(s) !== null, 'not base64'),
  addedAt: instant,
});

/** A customer or supplier of a book. */
export const backupContactSchema = z.strictObject({
  id,
  bookId: id,
  name,
  whatsapp: z.string().max(L.whatsapp),
  role: z.enum(['customer', 'supplier', 'both']),
  hidden: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
});

/** A collection or payment. */
export const backupSettlementSchema = z.strictObject({
  ...recorded,
  type: z.enum(['collect', 'pay']),
  contactId: id,
  accountId: id,
});

/** A stock count or the opening stock (its value may be zero). */
export const backupStockCountSchema = z.strictObject({
  ...recordedBase,
  value: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  opening: z.boolean(),
});

/** An opening receivable or payable. */
export const backupOpeningItemSchema = z.strictObject({
  ...recorded,
  side: z.enum(['receivable', 'payable']),
  contactId: id,
  dueDate: date.optional(),
});

/** Every table a backup carries, each bounded in length. */
export const backupContentSchema = z.strictObject({
  books: z.array(backupBookSchema).max(L.books),
  accounts: z.array(backupAccountSchema).max(L.accounts),
  categories: z.array(backupCategorySchema).max(L.categories),
  entries: z.array(backupEntrySchema).max(L.entries),
  transfers: z.array(backupTransferSchema).max(L.transfers),
  revisions: z.array(backupRevisionSchema).max(L.revisions),
  settings: z.array(backupSettingSchema).max(L.settings),
  imports: z.array(backupImportSchema).max(L.imports),
  // Absent in backups made before products, and in those of books that have none.
  products: z.array(backupProductSchema).max(L.products).optional(),
  // Absent unless the member asked for the photos, so a backup without them keeps its old bytes.
  photos: z.array(backupPhotoSchema).max(L.photos).optional(),
  // Debts and stock: absent in backups made before them, and in those of books that have none.
  contacts: z.array(backupContactSchema).max(L.contacts).optional(),
  settlements: z.array(backupSettlementSchema).max(L.settlements).optional(),
  stockCounts: z.array(backupStockCountSchema).max(L.stockCounts).optional(),
  openingItems: z.array(backupOpeningItemSchema).max(L.openingItems).optional(),
});

/** The whole file: format tag, the app that wrote it, the content and its checksum. */
export const backupFileSchema = z.strictObject({
  format: z.string().max(40),
  appVersion: z.string().max(50),
  asOf: instant.nullable(),
  checksum: z.strictObject({ algorithm: z.literal('SHA-256'), value: hash }),
  content: backupContentSchema,
});

/** Everything a backup holds, table by table. */
export type BackupContent = z.infer<typeof backupContentSchema>;

/** An import record, as stored and as backed up. */
export type ImportRecord = z.infer<typeof backupImportSchema>;

/** A receipt photo as a backup carries it. */
export type BackupPhoto = z.infer<typeof backupPhotoSchema>;
