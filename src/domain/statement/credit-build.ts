import { owedOf } from '../credit/entry-credit';
import type { Contact, OpeningItem, Settlement, StockCount } from '../credit/records';
import { countedDate } from '../credit/records';
import { DEFAULT_RPC_RATIO } from '../reports';
import type { Problem, Result } from '../result';
import { rollUpStock } from '../stock/levels';
import { buildStatement, checkedStatement, statementHead, type StatementInput } from './build';
import { computeCreditFigures } from './credit-figures';
import { creditFileRows } from './credit-file-rows';
import { historyFromRecords, type CreditHistory } from './credit-history';
import { creditStatementSchema, type CreditStatement } from './credit-schema';
import { openingAccounts } from './openings';
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
  /**
   * The history before the period as storage reads it from its rollups; given with `before`, so that
   * only the period's entries, transfers and settlements are needed. Without it every record up to
   * the period's end is needed, and the history is worked out from them.
   */
  history?: CreditHistory;
}

/**
 * Whether a book's records up to `to` hold any debt or stock: an entry left partly unpaid, a
 * settlement, a stock count or an opening item. A book without any keeps making `/1` statements.
 */
export function hasCreditRecords(input: CreditStatementInput): boolean {
  const { from, to } = input.period;
  // With the history read from rollups, the records before the period are not at hand: it says.
  const since = input.history === undefined ? '' : from;
  const dated = (r: { date: string; voided: boolean }) => !r.voided && r.date <= to;
  const recent = (r: { date: string; voided: boolean }) => dated(r) && r.date >= since;
  return (
    input.history?.creditBefore === true ||
    input.entries.some((e) => recent(e) && e.contactId !== undefined && owedOf(e) > 0) ||
    input.settlements.some(recent) ||
    input.stockCounts.some(dated) ||
    input.openingItems.some(dated)
  );
}

/** The history before the period and its rollups: as given, or worked out from every record. */
function historyOf(input: CreditStatementInput) {
  if (input.history !== undefined) {
    if (input.before === undefined)
      throw new TypeError('a /2 history comes with the rollups before the period');
    return { history: input.history, before: input.before };
  }
  return historyFromRecords({ ...input, from: input.period.from });
}

/**
 * Builds the `/2` statement of a book (docs/statement-format.md#format-2) in one pass: identity and
 * rows as `/1` has them, the figures computed with the debts and stock, the position at the day
 * before the period and the items carried into it from the history (`history` and `before`, read
 * from rollups; or worked out from every record up to the period's end).
 */
export function buildCreditStatement(input: CreditStatementInput): Result<CreditStatement, Problem> {
  const head = statementHead(input);
  if (!head.ok) return head;
  const { entries: baseEntries, transfers, corrections, ...identity } = head.value;
  const { from, to } = input.period;
  const { history, before } = historyOf(input);
  const stock = rollUpStock(input.stockCounts.filter((c) => !c.voided && countedDate(c) <= to));
  const inPeriod = <T extends { date: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.date >= from && r.date <= to);
  const { entries, ...rows } = creditFileRows({
    ...input,
    entries: inPeriod(input.entries),
    settlements: inPeriod(input.settlements),
    base: { period: identity.period, entries: baseEntries },
    carried: history.carried,
    stock,
  });
  const { position, receivables, payables, ...figures } = computeCreditFigures({
    period: input.period,
    entries,
    ...rows,
    transfers,
    openingAccounts: openingAccounts({ ...input, from, before }),
    ratio: input.ratio ?? DEFAULT_RPC_RATIO,
    householdCosts: input.householdCosts,
    existingInstalments: input.existingInstalments,
    timeZone: identity.business.timeZone,
    createdAt: identity.createdAt,
    corrections,
    opening: history.opening,
  });
  const receipts = input.receipts === undefined ? {} : { receipts: input.receipts };
  const statement: CreditStatement = {
    ...identity,
    ...figures,
    entries,
    transfers,
    position,
    receivables,
    payables,
    ...rows,
    ...receipts,
  };
  return checkedStatement(statement, creditStatementSchema, {
    ...statement,
    transfers: [...statement.transfers, ...statement.settlements],
  });
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
