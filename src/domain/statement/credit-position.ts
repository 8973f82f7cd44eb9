import { creditItemsOf, outstandingItems, summariseSide, type CreditItem } from '../credit/aging';
import { balanceMove, contactBalances, type CreditRow } from '../credit/balances';
import type { CreditSide, OpeningItem } from '../credit/records';
import type { BusinessDate } from '../dates';
import type { CategoryKind } from '../kinds';
import type { Entry, Id } from '../model';
import { addMoney } from '../money';
import type { KindTotals, Period, Position } from '../reports';
import { sumMoney } from '../reports/sum';
import { stockAt, type StockLevel } from '../stock/levels';
import type { CreditStatement, StatementCarried } from './credit-schema';

/** Σ of a side's balance moves over credit rows. */
const movedOn = (rows: readonly CreditRow[], side: CreditSide): number =>
  rows.reduce((sum, r) => (r.side === side ? addMoney(sum, balanceMove(r)) : sum), 0);

/** Σ of the opening items of a side. */
const openedOn = (items: readonly Pick<OpeningItem, 'side' | 'amount'>[], side: CreditSide): number =>
  items.reduce((sum, o) => (o.side === side ? addMoney(sum, o.amount) : sum), 0);

/** A position with its three totals added up from its lines. */
export function withTotals(p: Omit<Position, 'totalAssets' | 'totalLiabilities' | 'totalEquity'>): Position {
  return {
    date: p.date,
    cash: p.cash,
    receivables: p.receivables,
    inventory: p.inventory,
    fixedAssets: p.fixedAssets,
    totalAssets: sumMoney(p.cash, p.receivables, p.inventory, p.fixedAssets),
    payables: p.payables,
    loans: p.loans,
    totalLiabilities: sumMoney(p.payables, p.loans),
    paidInCapital: p.paidInCapital,
    retainedEarnings: p.retainedEarnings,
    totalEquity: sumMoney(p.paidInCapital, p.retainedEarnings),
  };
}

/** What the closing position moves by in a period. */
export interface PeriodMovements {
  period: Period;
  /** Cash at the period's end, from the cash flow. */
  closingCash: number;
  /** Σ amount per kind of the period's entries. */
  byKind: KindTotals;
  netProfit: number;
  /** The period's credit rollup rows. */
  credit: readonly CreditRow[];
  /** Stock levels up to the period's end. */
  stock: readonly StockLevel[];
  /** Opening receivables and payables dated in the period. */
  openingItems: readonly Pick<OpeningItem, 'side' | 'amount'>[];
}

/**
 * The position at the period's end from the one at its start and the period's movements
 * (docs/statement-format.md#positions): cash by the cash flow, debts by credit and settlements,
 * stock by the last count, assets, loans and capital by their entries, retained earnings by NP.
 */
export function closingPosition(opening: Position, m: PeriodMovements): Position {
  const k = m.byKind;
  const { from, to } = m.period;
  const openingStock = m.stock
    .filter((l) => l.opening && l.count > 0 && l.date >= from && l.date <= to)
    .reduce((sum, l) => addMoney(sum, l.amount), 0);
  return withTotals({
    date: to,
    cash: m.closingCash,
    receivables: addMoney(opening.receivables, movedOn(m.credit, 'receivable')),
    inventory: stockAt(m.stock, to),
    fixedAssets: sumMoney(opening.fixedAssets, k.beli_aset, -k.jual_aset),
    payables: addMoney(opening.payables, movedOn(m.credit, 'payable')),
    loans: sumMoney(opening.loans, k.pinjaman_masuk, -k.angsuran_pokok),
    paidInCapital: sumMoney(
      opening.paidInCapital,
      k.modal,
      -k.prive,
      openingStock,
      openedOn(m.openingItems, 'receivable'),
      -openedOn(m.openingItems, 'payable'),
    ),
    retainedEarnings: addMoney(opening.retainedEarnings, m.netProfit),
  });
}

/** Carried items as credit rows dated on their own day, each leaving its remainder owed. */
export const carriedRows = (carried: readonly StatementCarried[]): CreditRow[] =>
  carried.map((c) => ({
    date: c.date,
    contactId: c.contact,
    side: c.side,
    credit: c.remaining,
    opening: 0,
    settled: 0,
  }));

/** Σ of what carried items leave owed on a side: the opening position's debts. */
export const carriedTotal = (carried: readonly StatementCarried[], side: CreditSide): number =>
  carried.reduce((sum, c) => (c.side === side ? addMoney(sum, c.remaining) : sum), 0);

/** What the aging of a period's end is made from. */
export interface AgingInput {
  to: BusinessDate;
  carried: readonly StatementCarried[];
  /** The period's entries and opening items (the credit items made in it). */
  entries: readonly Entry[];
  kindOf: (categoryId: Id) => CategoryKind;
  openingItems: readonly OpeningItem[];
  /** The period's credit rollup rows (settlements included). */
  credit: readonly CreditRow[];
}

/**
 * Receivables and payables at the period's end, with their aging: the carried items and the
 * period's credit, the contacts' settlements taken off the oldest items first.
 */
export function periodAging(input: AgingInput): Pick<CreditStatement, 'receivables' | 'payables'> {
  const carriedItems: CreditItem[] = input.carried.map((c, i) => ({
    contactId: c.contact,
    side: c.side,
    date: c.date,
    ...(c.dueDate === undefined ? {} : { dueDate: c.dueDate }),
    amount: c.remaining,
    order: `\u0000${String(i).padStart(8, '0')}`,
  }));
  const items = [...carriedItems, ...creditItemsOf(input.entries, input.kindOf, input.openingItems)];
  const rows = [...carriedRows(input.carried), ...input.credit];
  const outstanding = outstandingItems(items, contactBalances(rows, input.to), input.to);
  const side = (s: CreditSide) => {
    const { total, contacts, aging } = summariseSide(outstanding, s, input.to);
    return { total, contacts, aging };
  };
  return { receivables: side('receivable'), payables: side('payable') };
}
