import type { ContactDailyTotal } from '../credit/rollups';
import { addDays } from '../dates';
import type { CategoryKind } from '../kinds';
import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import type { Entry } from '../model';
import { rollUp } from '../daily-rollups';
import { buildDiscipline, buildReport, type Discipline, type Period, type Report } from '../reports';
import type { StockLevel } from '../stock/levels';
import { fileCapacity } from './capacity';
import { categoryKey, entryFromStatement, transferFromStatement } from './rows';
import type { Statement, StatementEntry, StatementTransfer } from './schema';

/** The figures of a statement: everything that is computed rather than recorded. */
export type StatementFigures = Pick<
  Statement,
  'profitAndLoss' | 'cashFlow' | 'months' | 'repaymentCapacity' | 'discipline'
>;

/** What the figures are computed from: the period's entries and transfers plus each account's opening. */
export interface FiguresInput {
  period: Period;
  entries: readonly StatementEntry[];
  transfers: readonly StatementTransfer[];
  /** Each account's balance at the start of the period, in display order. */
  openingAccounts: readonly { name: string; balance: number }[];
  /** The surplus ratio r of repayment capacity. */
  ratio: number;
  /** Household costs per month the member states (whole Rupiah); undefined: the average monthly prive. */
  householdCosts?: number | undefined;
  /** Existing instalments per month the member states; undefined: the average monthly angsuran pokok. */
  existingInstalments?: number | undefined;
  timeZone: string;
  /** When the statement was made: discipline counts days up to then. */
  createdAt: string;
  /** Entries corrected after their day; needs the book's history, so it is given, not computed. */
  corrections: number;
  /** The period's credit rollup rows (`/2`): cash counts what was paid and settled. */
  credit?: readonly ContactDailyTotal[];
  /** Stock levels up to the period's end (`/2`): HPP counts the stock opened and closed with. */
  stock?: readonly StockLevel[];
  /**
   * `entries` as book entries, one for one in the same order, when the caller has made them
   * already (a `/2` entry's fuller form will do: the report reads none of what it adds).
   */
  records?: readonly Entry[];
}

/**
 * The kind and the name of each category that statement entries name, by the id their book entries
 * (`records`, one for one) file them under, in the order first met.
 */
export function namedCategories(
  rows: readonly Pick<StatementEntry, 'kind' | 'category'>[],
  records: readonly Pick<Entry, 'categoryId'>[],
): { kinds: Map<string, CategoryKind>; names: Map<string, string> } {
  const kinds = new Map<string, CategoryKind>();
  const names = new Map<string, string>();
  rows.forEach((row, i) => {
    // The id is the kind and the name (`categoryKey`), so the first row naming it says both.
    const id = records[i]?.categoryId ?? categoryKey(row.kind, row.category);
    if (kinds.has(id)) return;
    kinds.set(id, row.kind);
    names.set(id, row.category);
  });
  return { kinds, names };
}

/** The category a rollup row of the opening balances is filed under (outside profit and loss). */
const OPENING = '\u0000opening';

/** One row per account dated the day before the period, carrying its opening balance. */
function openingRows(period: Period, accounts: FiguresInput['openingAccounts']): DailyTotal[] {
  return accounts
    .filter((a) => a.balance !== 0)
    .map((a) => ({
      bookId: 'statement',
      date: addDays(period.from, -1),
      categoryId: OPENING,
      accountId: a.name,
      kind: a.balance > 0 ? 'modal' : 'prive',
      amount: Math.abs(a.balance),
      count: 1,
    }));
}

/**
 * Computes a statement's figures (docs/domain.md#statement), through the same rollup and report code
 * as the reports screen. Making a statement and verifying one both call this, so they cannot differ.
 */
export function computeFigures(input: FiguresInput): StatementFigures {
  return computeReportFigures(input).figures;
}

/** `computeFigures`, with the report the figures were read from (for the lines `/2` adds). */
export function computeReportFigures(input: FiguresInput): { figures: StatementFigures; report: Report } {
  const { period } = input;
  const entries = input.records ?? input.entries.map(entryFromStatement);
  const { kinds, names } = namedCategories(input.entries, entries);
  const rolled = rollUp(
    entries,
    input.transfers.map(transferFromStatement),
    (id) => kinds.get(id) ?? 'modal',
  );
  const discipline = buildDiscipline({
    entries,
    ...period,
    timeZone: input.timeZone,
    now: new Date(input.createdAt),
  });
  return figuresFromTotals(input, {
    ...rolled,
    categories: [...names].map(([id, name]) => ({ id, name })),
    discipline,
  });
}

/** What the figures are read from once the rows are rolled up: daily totals, categories, discipline. */
export interface RolledRows {
  daily: readonly DailyTotal[];
  transfers: readonly DailyTransferTotal[];
  /** The categories the entries name, in the order first met (`categoryKey` ids). */
  categories: readonly { id: string; name: string }[];
  discipline: Discipline;
}

/** The figures of a statement from its rows rolled up (`RolledRows`): the same report code as the rows themselves. */
export function figuresFromTotals(
  input: Omit<FiguresInput, 'entries' | 'transfers'>,
  rolled: RolledRows,
): { figures: StatementFigures; report: Report } {
  const { period } = input;
  const { discipline } = rolled;
  const report = buildReport({
    ...period,
    totals: [...openingRows(period, input.openingAccounts), ...rolled.daily],
    transfers: [...rolled.transfers],
    categories: [...rolled.categories],
    accounts: input.openingAccounts.map((a) => ({ id: a.name, name: a.name })),
    credit: input.credit ?? [],
    stock: input.stock ?? [],
  });
  const { byCategory, ...profitAndLoss } = report.profitAndLoss;
  const figures: StatementFigures = {
    profitAndLoss: {
      ...profitAndLoss,
      byCategory: byCategory.map(({ kind, category, amount }) => ({ kind, category, amount })),
    },
    cashFlow: {
      ...report.cashFlow,
      accounts: report.cashFlow.accounts.map(({ name, balance }) => ({ name, balance })),
    },
    months: report.months.map((m) => ({
      month: m.month,
      revenue: m.revenue,
      cogs: m.cogs,
      grossProfit: m.grossProfit,
      operatingExpenses: m.operatingExpenses,
      otherIncome: m.otherIncome,
      otherExpenses: m.otherExpenses,
      netProfit: m.netProfit,
      cashIn: m.cashIn,
      cashOut: m.cashOut,
      closingBalance: m.closingBalance,
    })),
    repaymentCapacity: fileCapacity(report.months, input),
    discipline: {
      ...discipline,
      corrections: input.corrections,
      warnings: discipline.warnings.map((w) =>
        w.params ? { code: w.code, params: w.params } : { code: w.code },
      ),
    },
  };
  return { figures, report };
}
