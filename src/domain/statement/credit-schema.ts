import { z } from '../zod';
import { isBusinessDate } from '../dates';
import { statementReceiptsSchema } from './receipts-schema';
import {
  signatureSchema,
  STATEMENT_LIMITS,
  statementEntrySchema,
  statementSchema,
  type Statement,
} from './schema';

/** The format tag of a statement with debts, stock and positions. */
export const CREDIT_STATEMENT_FORMAT = 'lumbung.statement/2';

/** Upper bounds of the rows `/2` adds. */
export const CREDIT_STATEMENT_LIMITS = {
  settlements: 100_000,
  stockCounts: 5_000,
  carried: 100_000,
  openingItems: 10_000,
} as const;

const L = STATEMENT_LIMITS;
const C = CREDIT_STATEMENT_LIMITS;
const money = z.int().describe('whole Rupiah, may be negative');
const amount = z.int().min(1).describe('whole Rupiah, above zero');
const count = z.int().min(0);
const id = z.string().min(1).max(L.id);
const name = z.string().min(1).max(L.name);
const date = z.iso.date().refine(isBusinessDate, 'not a calendar day');
const instant = z.iso.datetime();
const note = z.string().max(L.note).optional();
const side = z.enum(['receivable', 'payable']);
const contact = name.describe('the contact: a pseudonym (K1, K2, …) unless the member shows names');

/** A position (laporan posisi keuangan) at the end of a day. */
export const positionSchema = z.strictObject({
  date,
  cash: money,
  receivables: money,
  inventory: money,
  fixedAssets: money,
  totalAssets: money,
  payables: money,
  loans: money,
  totalLiabilities: money,
  paidInCapital: money,
  retainedEarnings: money,
  totalEquity: money,
});

const aging = z.strictObject({
  notDue: money,
  days1to30: money,
  days31to60: money,
  days61to90: money,
  over90: money,
});

/** One side's debts at the period's last day: the total, the contacts with a balance, the aging. */
const creditSideSchema = z.strictObject({ total: money, contacts: count, aging });

const base = statementSchema.shape;

/** The statement of format `/2`: everything of `/1`, with debts, stock counts and both positions. */
export const creditStatementSchema = statementSchema.extend({
  profitAndLoss: base.profitAndLoss.extend({
    purchases: money,
    openingInventory: money,
    closingInventory: money,
  }),
  months: z
    .array(base.months.element.extend({ purchases: money, closingInventory: money }))
    .min(1)
    .max(L.months),
  position: z.strictObject({ opening: positionSchema, closing: positionSchema }),
  receivables: creditSideSchema,
  payables: creditSideSchema,
  entries: z
    .array(
      statementEntrySchema.extend({
        paid: count.describe('the part paid when the entry was made; the rest is owed'),
        contact: contact.optional(),
        dueDate: date.optional(),
      }),
    )
    .max(L.entries),
  settlements: z
    .array(
      z.strictObject({
        id,
        date,
        type: z.enum(['collect', 'pay']),
        contact,
        amount,
        account: name,
        note,
        recordedAt: instant,
        imported: z.boolean(),
      }),
    )
    .max(C.settlements),
  stockCounts: z
    .array(z.strictObject({ date, value: count, opening: z.boolean() }))
    .max(C.stockCounts)
    .describe('every count in the period, and the latest one before it'),
  carried: z
    .array(z.strictObject({ contact, side, date, dueDate: date.optional(), remaining: amount }))
    .max(C.carried)
    .describe('items dated before the period, what remains of each at the day before it'),
  openingItems: z
    .array(z.strictObject({ contact, side, date, dueDate: date.optional(), amount, note }))
    .max(C.openingItems)
    .describe("opening receivables and payables dated in the period: the owner's capital in kind"),
  contactsNamed: z.boolean().describe('true: contacts by name; false: by pseudonym'),
  receipts: statementReceiptsSchema.optional(),
});

/** A whole `/2` statement file. */
export const creditStatementFileSchema = z.strictObject({
  format: z.literal(CREDIT_STATEMENT_FORMAT),
  statement: creditStatementSchema,
  signature: signatureSchema,
});

/** A statement of format `/2`. */
export type CreditStatement = z.infer<typeof creditStatementSchema>;
/** One entry of a `/2` statement. */
export type CreditStatementEntry = CreditStatement['entries'][number];
/** One settlement of a `/2` statement. */
export type StatementSettlement = CreditStatement['settlements'][number];
/** One stock count of a `/2` statement. */
export type StatementStockCount = CreditStatement['stockCounts'][number];
/** One carried item of a `/2` statement. */
export type StatementCarried = CreditStatement['carried'][number];
/** One opening item of a `/2` statement. */
export type StatementOpeningItem = CreditStatement['openingItems'][number];
/** A position as a `/2` statement carries it. */
export type StatementPosition = z.infer<typeof positionSchema>;

/** Whether a statement is of format `/2` (it carries positions). */
export const isCreditStatement = (s: Statement): s is CreditStatement => 'position' in s;

/** The format tag of a statement: `/2` when it carries positions, else `/1`. */
export const formatOf = (s: Statement): string =>
  isCreditStatement(s) ? CREDIT_STATEMENT_FORMAT : 'lumbung.statement/1';
