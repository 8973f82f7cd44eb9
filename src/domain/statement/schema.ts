import { z } from '../zod';
import { timeZoneSchema } from '../time-zone-schema';
import { isBusinessDate } from '../dates';
import { CATEGORY_KINDS } from '../kinds';
import { STATEMENT_SIZE_LIMITS } from '../limits';

/** The format tag of a statement file. */
export const STATEMENT_FORMAT = 'lumbung.statement/1';

/**
 * The drawing of the PDF the app makes of a statement, named in the statement (`pdfLayout`) so that
 * a viewer draws the same pages again and compares them byte for byte. Raised whenever one byte of
 * what the app draws changes (words, layout, library); a test pins the fixture's PDF to catch that.
 */
export const PDF_LAYOUT = 2;

/** Upper bounds a statement file must keep (lengths in UTF-16 code units, as JavaScript counts). */
export const STATEMENT_LIMITS = {
  // What a statement's size follows from lives with the other limits (domain/limits.ts).
  ...STATEMENT_SIZE_LIMITS,
  text: 200,
  note: 1000,
  appVersion: 50,
  warnings: 20,
  handovers: 4,
} as const;

const L = STATEMENT_LIMITS;
const money = z.int().describe('whole Rupiah, may be negative');
const amount = z.int().min(1).describe('whole Rupiah, above zero');
const count = z.int().min(0);
const share = z.number().min(0).max(1);
const id = z.string().min(1).max(L.id);
const text = z.string().max(L.text);
const name = z.string().min(1).max(L.name);
const date = z.iso.date().refine(isBusinessDate, 'not a calendar day');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const instant = z.iso.datetime();
const kind = z.enum(CATEGORY_KINDS);
/** Where household costs (H) or existing instalments (I) come from: the book's averages, or the member. */
const capacitySource = z
  .enum(['default', 'member'])
  .describe('default: the average monthly prive (H) or angsuran_pokok (I); member: stated by the member');
const base64url = (length: number) => z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${length}}$`));

/** A fingerprint as shown: 16 base32 characters in four groups, `ABCD-EFGH-IJKL-MNOP`. */
export const FINGERPRINT_PATTERN = /^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/;

const profitAndLossLines = {
  revenue: money,
  cogs: money,
  grossProfit: money,
  operatingExpenses: money,
  otherIncome: money,
  otherExpenses: money,
  netProfit: money,
};

/** One entry dated in the period, as the file carries it. */
export const statementEntrySchema = z.strictObject({
  id,
  date,
  direction: z.enum(['in', 'out']),
  amount,
  kind,
  category: name,
  account: name,
  note: z.string().max(L.note).optional(),
  recordedAt: instant,
  imported: z.boolean(),
});

/** One transfer dated in the period, as the file carries it. */
export const statementTransferSchema = z.strictObject({
  id,
  date,
  amount,
  from: name,
  to: name,
  note: z.string().max(L.note).optional(),
  recordedAt: instant,
  imported: z.boolean(),
});

/** A warning of the discipline section: a code and the values of its message. */
export const warningSchema = z.strictObject({
  code: z.string().min(1).max(80),
  params: z.record(z.string().max(40), z.union([z.string().max(L.text), z.number()])).optional(),
});

/** The signed statement (`statement` of the envelope), exactly the fields of format 1. */
export const statementSchema = z.strictObject({
  id,
  createdAt: instant,
  appVersion: z.string().min(1).max(L.appVersion),
  pdfLayout: z
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe('the drawing of the PDF made of this statement; absent: made before PDFs were bound to it'),
  notesOmitted: z.boolean().optional().describe("whether the member left the entries' notes out"),
  business: z.strictObject({
    name: text,
    owner: text,
    memberNumber: text,
    cooperative: text,
    branch: text,
    type: text,
    timeZone: timeZoneSchema,
  }),
  period: z.strictObject({ from: date, to: date }),
  profitAndLoss: z.strictObject({
    ...profitAndLossLines,
    operatingProfit: money,
    byCategory: z.array(z.strictObject({ kind, category: name, amount: money })).max(L.categories),
  }),
  cashFlow: z.strictObject({
    openingBalance: money,
    operating: money,
    investing: money,
    financing: money,
    closingBalance: money,
    accounts: z.array(z.strictObject({ name, balance: money })).max(L.accounts),
  }),
  months: z
    .array(
      z.strictObject({
        month,
        ...profitAndLossLines,
        cashIn: count,
        cashOut: count,
        closingBalance: money,
      }),
    )
    .min(1)
    .max(L.months),
  repaymentCapacity: z.strictObject({
    averageNetProfit: money,
    householdCosts: count,
    existingInstalments: count,
    ratio: share,
    rpc: count,
    householdCostsSource: capacitySource.optional(),
    existingInstalmentsSource: capacitySource.optional(),
  }),
  discipline: z.strictObject({
    activeDays: count,
    daysInPeriod: count,
    longestGapDays: count,
    medianLagDays: z.number().min(0),
    backdatedShare: share,
    corrections: count,
    importedShare: share,
    warnings: z.array(warningSchema).max(L.warnings),
  }),
  entries: z.array(statementEntrySchema).max(L.entries),
  transfers: z.array(statementTransferSchema).max(L.transfers),
});

/** The public half of an ECDSA P-256 key as a JWK: exactly these four members. */
export const publicJwkSchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url(43),
  y: base64url(43),
});

/** One key handover: the old device's key hands signing over to the new one, signed by the old key. */
export const keyHandoverSchema = z.strictObject({
  from: publicJwkSchema,
  to: publicJwkSchema,
  at: instant,
  value: base64url(86).describe('base64url of the old key’s ES256 signature over the handover'),
});

/** The signature block: algorithm, public key, its fingerprint, the signature value, and any handovers. */
export const signatureSchema = z.strictObject({
  alg: z.literal('ES256'),
  publicKey: publicJwkSchema,
  fingerprint: z.string().regex(FINGERPRINT_PATTERN),
  value: base64url(86).describe('base64url of the raw r‖s ECDSA signature (64 bytes)'),
  handovers: z
    .array(keyHandoverSchema)
    .min(1)
    .max(L.handovers)
    .optional()
    .describe('oldest first: the keys that handed signing over, ending at publicKey'),
  qr: base64url(86)
    .optional()
    .describe("base64url of the same key's signature over the QR summary the PDF prints"),
});

/** A whole statement file: the envelope around the statement and its signature. */
export const statementFileSchema = z.strictObject({
  format: z.literal(STATEMENT_FORMAT),
  statement: statementSchema,
  signature: signatureSchema,
});

/** The statement a file carries. */
export type Statement = z.infer<typeof statementSchema>;
/** One entry of a statement. */
export type StatementEntry = z.infer<typeof statementEntrySchema>;
/** One transfer of a statement. */
export type StatementTransfer = z.infer<typeof statementTransferSchema>;
/** The public key a statement is signed with. */
export type PublicJwk = z.infer<typeof publicJwkSchema>;
/** Where H or I of repayment capacity come from (absent in a file: `default`). */
export type CapacitySource = z.infer<typeof capacitySource>;
/** One key handover, as a statement's signature block carries it. */
export type KeyHandover = z.infer<typeof keyHandoverSchema>;
/** A statement file (the envelope). */
export type StatementFile = z.infer<typeof statementFileSchema>;
