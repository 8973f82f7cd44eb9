import { CATEGORY_KINDS, KIND_RULES, type CategoryKind } from '../kinds';
import type { DailyTotal } from '../daily-rollups';
import type { Id } from '../model';
import { addMoney } from '../money';
import { sumByKind, type KindTotals } from './by-kind';
import type { CategoryRef } from './refs';
import type { InventoryLines } from '../stock/levels';
import { sumMoney } from './sum';

/** The lines of a profit-and-loss statement (laba rugi), whole Rupiah. */
export interface ProfitAndLossFigures {
  revenue: number;
  cogs: number;
  grossProfit: number;
  operatingExpenses: number;
  operatingProfit: number;
  otherIncome: number;
  otherExpenses: number;
  netProfit: number;
}

/** One category's total in the profit-and-loss breakdown. */
export interface CategoryLine {
  kind: CategoryKind;
  categoryId: Id;
  category: string;
  amount: number;
}

/** A profit-and-loss statement with its category breakdown. */
export interface ProfitAndLoss extends ProfitAndLossFigures {
  byCategory: CategoryLine[];
}

/** The stock a period opens and closes with; none when the book counts no stock. */
export type StockLines = Pick<InventoryLines, 'openingInventory' | 'closingInventory'>;

const NO_STOCK: StockLines = { openingInventory: 0, closingInventory: 0 };

/**
 * The profit-and-loss lines from totals per kind and the period's stock: HPP is what was bought
 * (Σ hpp) plus the stock it opened with less the stock it closed with. See docs/domain.md#profit-and-loss
 */
export function profitAndLossFromKinds(
  byKind: KindTotals,
  stock: StockLines = NO_STOCK,
): ProfitAndLossFigures {
  const revenue = byKind.pendapatan;
  const cogs = sumMoney(byKind.hpp, stock.openingInventory, -stock.closingInventory);
  const grossProfit = sumMoney(revenue, -cogs);
  const operatingExpenses = byKind.beban;
  const operatingProfit = sumMoney(grossProfit, -operatingExpenses);
  const otherIncome = byKind.pendapatan_lain;
  const otherExpenses = byKind.beban_lain;
  const netProfit = sumMoney(operatingProfit, otherIncome, -otherExpenses);
  return {
    revenue,
    cogs,
    grossProfit,
    operatingExpenses,
    operatingProfit,
    otherIncome,
    otherExpenses,
    netProfit,
  };
}

const kindOrder = (kind: CategoryKind): number => CATEGORY_KINDS.indexOf(kind);

/** Totals per category of the profit-and-loss kinds, in kind order, largest first within a kind. */
export function categoryBreakdown(
  totals: readonly DailyTotal[],
  categories: readonly CategoryRef[],
): CategoryLine[] {
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const lines = new Map<Id, CategoryLine>();
  for (const row of totals) {
    if (KIND_RULES[row.kind].profitAndLoss === null) continue;
    const line = lines.get(row.categoryId);
    if (line) line.amount = addMoney(line.amount, row.amount);
    else
      lines.set(row.categoryId, {
        kind: row.kind,
        categoryId: row.categoryId,
        category: names.get(row.categoryId) ?? row.categoryId,
        amount: row.amount,
      });
  }
  return [...lines.values()].sort(
    (a, b) =>
      kindOrder(a.kind) - kindOrder(b.kind) ||
      b.amount - a.amount ||
      a.category.localeCompare(b.category, 'id') ||
      (a.categoryId < b.categoryId ? -1 : a.categoryId > b.categoryId ? 1 : 0),
  );
}

/** Profit and loss over the given rollup rows (the caller passes the rows of the period) and its stock. */
export function buildProfitAndLoss(
  totals: readonly DailyTotal[],
  categories: readonly CategoryRef[],
  stock: StockLines = NO_STOCK,
): ProfitAndLoss {
  return {
    ...profitAndLossFromKinds(sumByKind(totals), stock),
    byCategory: categoryBreakdown(totals, categories),
  };
}
