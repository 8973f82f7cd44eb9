import { rollUpCredit } from '../credit/rollups';
import type { CategoryKind } from '../kinds';
import type { Position } from '../reports';
import { rollUpStock } from '../stock/levels';
import { closingPosition, periodAging } from './credit-position';
import {
  creditEntryFromStatement,
  openingItemFromStatement,
  settlementFromStatement,
  stockCountFromStatement,
} from './credit-rows';
import type { CreditStatement } from './credit-schema';
import { computeReportFigures, namedCategories, type FiguresInput } from './figures';
import type { Entry } from '../model';

/** The figures of a `/2` statement: those of `/1` with stock lines, both positions and the debts. */
export type CreditFigures = Pick<
  CreditStatement,
  | 'profitAndLoss'
  | 'cashFlow'
  | 'months'
  | 'repaymentCapacity'
  | 'discipline'
  | 'position'
  | 'receivables'
  | 'payables'
>;

/** What `/2` figures are computed from: the file's rows, each account's opening and the opening position. */
export interface CreditFiguresInput extends Omit<FiguresInput, 'entries' | 'credit' | 'stock'> {
  entries: CreditStatement['entries'];
  settlements: CreditStatement['settlements'];
  stockCounts: CreditStatement['stockCounts'];
  carried: CreditStatement['carried'];
  openingItems: CreditStatement['openingItems'];
  /** The position at the day before the period. */
  opening: Position;
}

/**
 * The rows of a `/2` file as book records and rollups: entries, opening items, credit rows, stock
 * levels. `entries`: the file's entries as book entries when already made (one for one).
 */
export function statementRecords(
  input: Pick<CreditStatement, 'entries' | 'settlements' | 'stockCounts' | 'openingItems'>,
  entries: readonly Entry[] = input.entries.map(creditEntryFromStatement),
) {
  const { kinds } = namedCategories(input.entries, entries);
  const kindOf = (id: string): CategoryKind => kinds.get(id) ?? 'modal';
  const openingItems = input.openingItems.map(openingItemFromStatement);
  // Only an entry with a contact can leave something owed: the rest add no credit row.
  const withContact = entries.filter((e) => e.contactId !== undefined);
  const settlements = input.settlements.map(settlementFromStatement);
  const credit = rollUpCredit(withContact, kindOf, settlements, openingItems);
  const stock = rollUpStock(input.stockCounts.map(stockCountFromStatement));
  return { entries, kindOf, openingItems, credit, stock };
}

/**
 * Computes a `/2` statement's figures (docs/statement-format.md#format-2) through the same report,
 * credit and stock code as the reports screen: the period's entries at their full amounts, credit
 * rows turning them into what was paid, the stock counts into HPP; the closing position from the
 * opening one and the period's movements; the aging from the carried items and the period's credit.
 * Making a statement and verifying one both call this.
 */
export function computeCreditFigures(input: CreditFiguresInput): CreditFigures {
  const records = input.entries.map(creditEntryFromStatement);
  const { entries, kindOf, openingItems, credit, stock } = statementRecords(input, records);
  const { figures, report } = computeReportFigures({ ...input, records, credit, stock });
  const { purchases, openingInventory, closingInventory } = report.inventory;
  return {
    ...figures,
    profitAndLoss: { ...figures.profitAndLoss, purchases, openingInventory, closingInventory },
    months: figures.months.map((m, i) => ({
      ...m,
      purchases: report.months[i]?.purchases ?? 0,
      closingInventory: report.months[i]?.closingInventory ?? 0,
    })),
    position: {
      opening: input.opening,
      closing: closingPosition(input.opening, {
        period: input.period,
        closingCash: report.cashFlow.closingBalance,
        byKind: report.byKind,
        netProfit: report.profitAndLoss.netProfit,
        credit,
        stock,
        openingItems,
      }),
    },
    ...periodAging({ to: input.period.to, carried: input.carried, entries, kindOf, openingItems, credit }),
  };
}
