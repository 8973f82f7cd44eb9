import { creditItemsOf, outstandingItems } from '../credit/aging';
import { contactBalances } from '../credit/balances';
import { owedOf } from '../credit/entry-credit';
import {
  countedDate,
  type Contact,
  type OpeningItem,
  type Settlement,
  type StockCount,
} from '../credit/records';
import { rollUpCredit } from '../credit/rollups';
import { rollUp } from '../daily-rollups';
import { addDays } from '../dates';
import type { CategoryKind } from '../kinds';
import type { Id } from '../model';
import { addMoney } from '../money';
import { accountBalances, buildPosition } from '../reports';
import { fail, ok, type Problem, type Result } from '../result';
import { rollUpStock } from '../stock/levels';
import { buildStatement, type StatementInput } from './build';
import { computeCreditFigures } from './credit-figures';
import { creditFileRows } from './credit-file-rows';
import { creditStatementSchema, type CreditStatement } from './credit-schema';
import { plausibilityProblems } from './plausibility';
import type { StatementReceipts } from './receipts-schema';
import type { Statement } from './schema';

/** What a `/2` statement is made from: a statement's input and the book's debts and stock. */
export interface CreditStatementInput extends StatementInput {
  /** The book's settlements, stock counts and opening items (voided ones are ignored). */
  settlements: readonly Settlement[];
  stockCounts: readonly StockCount[];
  openingItems: readonly OpeningItem[];
  contacts: readonly Pick<Contact, 'id' | 'name'>[];
  /** Show contacts by name; by default each is a pseudonym (K1, K2, …). */
  showContactNames?: boolean;
  /** The cooperative server's receipts that cover the period, kept by the phone; carried as they are. */
  receipts?: StatementReceipts;
}

/**
 * Whether a book's records up to `to` hold any debt or stock: an entry left partly unpaid, a
 * settlement, a stock count or an opening item. A book without any keeps making `/1` statements.
 */
export function hasCreditRecords(input: CreditStatementInput): boolean {
  const { to } = input.period;
  const dated = (r: { date: string; voided: boolean }) => !r.voided && r.date <= to;
  return (
    input.entries.some((e) => dated(e) && e.contactId !== undefined && owedOf(e) > 0) ||
    input.settlements.some(dated) ||
    input.stockCounts.some(dated) ||
    input.openingItems.some(dated)
  );
}

/**
 * Builds the `/2` statement of a book (docs/statement-format.md#format-2): the `/1` statement's
 * identity, rows and checks, with the period's figures recomputed with its debts and stock, the
 * position at the day before the period from the whole history, and the carried items. Needs every
 * record of the book up to the period's end (no `before` rollups).
 */
export function buildCreditStatement(input: CreditStatementInput): Result<CreditStatement, Problem> {
  const built = buildStatement(input);
  if (!built.ok) return built;
  const base = built.value;
  const { from, to } = input.period;
  const before = addDays(from, -1);
  const kinds = new Map(input.categories.map((c) => [c.id, c.kind]));
  const kindOf = (id: Id): CategoryKind => kinds.get(id) ?? 'modal';
  const upTo = <T extends { date: string; voided: boolean }>(rows: readonly T[], day: string) =>
    rows.filter((r) => !r.voided && r.date <= day);
  const entries = upTo(input.entries, to);
  const openingItems = upTo(input.openingItems, to);
  const credit = rollUpCredit(entries, kindOf, upTo(input.settlements, to), openingItems);
  const stock = rollUpStock(input.stockCounts.filter((c) => !c.voided && countedDate(c) <= to));
  const rolled = rollUp(entries, upTo(input.transfers, to), kindOf);
  const opening = buildPosition({ date: before, totals: rolled.daily, credit, stock });
  const earlier = <T extends { date: string }>(rows: readonly T[]) => rows.filter((r) => r.date < from);
  const byName = new Map<string, number>();
  for (const a of accountBalances(
    [earlier(rolled.daily)],
    [earlier(rolled.transfers)],
    input.accounts,
    [],
    [earlier(credit)],
  ))
    byName.set(a.name, addMoney(byName.get(a.name) ?? 0, a.balance));
  const carried = outstandingItems(
    creditItemsOf(earlier(entries), kindOf, earlier(openingItems)),
    contactBalances(credit, before),
    before,
  );
  const rows = creditFileRows({ ...input, base, carried, stock });
  const figures = computeCreditFigures({
    period: input.period,
    ...rows,
    transfers: base.transfers,
    openingAccounts: base.cashFlow.accounts.map((a) => ({ name: a.name, balance: byName.get(a.name) ?? 0 })),
    ratio: base.repaymentCapacity.ratio,
    householdCosts: input.householdCosts,
    existingInstalments: input.existingInstalments,
    timeZone: base.business.timeZone,
    createdAt: base.createdAt,
    corrections: base.discipline.corrections,
    opening,
  });
  const receipts = input.receipts === undefined ? {} : { receipts: input.receipts };
  const statement: CreditStatement = { ...base, ...figures, ...rows, ...receipts };
  const implausible = plausibilityProblems({
    ...statement,
    transfers: [...statement.transfers, ...statement.settlements],
  });
  if (implausible.length > 0) return fail(...implausible);
  const checked = creditStatementSchema.safeParse(statement);
  if (checked.success) return ok(statement);
  return fail(
    ...checked.error.issues.slice(0, 10).map((issue) => ({
      code: 'statement.invalid',
      params: { path: issue.path.join('.'), issue: issue.code },
    })),
  );
}

/**
 * The statement of a book: `/2` when it has debts or stock up to the period's end, or server
 * receipts to carry (only `/2` carries them), else `/1` as before.
 */
export function buildAnyStatement(input: StatementInput | CreditStatementInput): Result<Statement, Problem> {
  return 'settlements' in input && (hasCreditRecords(input) || input.receipts !== undefined)
    ? buildCreditStatement(input)
    : buildStatement(input);
}
