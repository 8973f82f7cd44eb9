import { daysInMonth, makeBusinessDate, type BusinessDate, type BusinessMonth } from '../dates';
import { KIND_RULES, type CategoryKind } from '../kinds';
import type { DailyTotal } from '../daily-rollups';
import type { Id } from '../model';
import { addMoney } from '../money';
import type { MonthRow } from './months';
import type { CategoryLine } from './profit-and-loss';
import { sumMoney } from './sum';

/** One month of the monthly chart: income, costs and what is left (income − costs = net profit). */
export interface MonthChartRow {
  month: BusinessMonth;
  /** Pendapatan usaha + pendapatan lain-lain. */
  income: number;
  /** HPP + beban usaha + beban lain-lain. */
  costs: number;
  netProfit: number;
}

/** Monthly chart rows from the report's months. */
export const monthChartRows = (months: readonly MonthRow[]): MonthChartRow[] =>
  months.map((m) => ({
    month: m.month,
    income: sumMoney(m.revenue, m.otherIncome),
    costs: sumMoney(m.cogs, m.operatingExpenses, m.otherExpenses),
    netProfit: m.netProfit,
  }));

/** One bar of a by-category chart; `categoryId` null is "the other categories" together. */
export interface CategoryChartRow {
  categoryId: Id | null;
  category: string;
  kind: CategoryKind | null;
  amount: number;
}

const isIncome = (kind: CategoryKind) => KIND_RULES[kind].direction === 'in';

/**
 * The largest categories of one side of profit and loss (income or costs), largest first, with
 * the rest summed into one row so the chart stays readable on a phone.
 */
export function categoryChartRows(
  lines: readonly CategoryLine[],
  side: 'income' | 'costs',
  top = 6,
): CategoryChartRow[] {
  const picked = lines
    .filter((l) => isIncome(l.kind) === (side === 'income') && l.amount !== 0)
    .sort((a, b) => b.amount - a.amount);
  const rows: CategoryChartRow[] = picked
    .slice(0, top)
    .map(({ categoryId, category, kind, amount }) => ({ categoryId, category, kind, amount }));
  const rest = picked.slice(top);
  if (rest.length > 0)
    rows.push({ categoryId: null, category: '', kind: null, amount: sumMoney(...rest.map((l) => l.amount)) });
  return rows;
}

/** One day of the daily sales chart. */
export interface DayChartRow {
  date: BusinessDate;
  day: number;
  /** Σ pendapatan usaha of the day. */
  sales: number;
}

/** Every day of a month with its sales (pendapatan usaha), zero on days without any. */
export function dailySalesRows(totals: readonly DailyTotal[], month: BusinessMonth): DayChartRow[] {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const sales = new Map<BusinessDate, number>();
  for (const row of totals)
    if (row.kind === 'pendapatan' && row.date.startsWith(month))
      sales.set(row.date, addMoney(sales.get(row.date) ?? 0, row.amount));
  return Array.from({ length: daysInMonth(year, monthNumber) }, (_, i) => {
    const date = makeBusinessDate(year, monthNumber, i + 1) ?? `${month}-01`;
    return { date, day: i + 1, sales: sales.get(date) ?? 0 };
  });
}
