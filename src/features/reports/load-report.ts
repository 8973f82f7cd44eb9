import { firstDayOf, lastDayOf, monthOf, type BusinessDate, type BusinessMonth } from '../../domain/dates';
import type { Account, Id } from '../../domain/model';
import {
  buildReport,
  compareProfitAndLoss,
  dailySalesRows,
  previousPeriod,
  type DayChartRow,
  type Period,
  type ProfitAndLossComparison,
  type Report,
} from '../../domain/reports';
import { dailyTotalsInRange, reportInput, reportRows, type LumbungDb } from '../../storage';

/** Everything the reports screen shows for a period, computed (plain data, no JSX). */
export interface ReportView {
  report: Report;
  previous: { period: Period; report: Report };
  comparison: ProfitAndLossComparison;
  /** The month the daily sales chart shows: the period's last month, or this month while it runs. */
  salesMonth: BusinessMonth;
  dailySales: DayChartRow[];
  /** The book's accounts, hidden ones included (names for entries, which balances to show). */
  accounts: Account[];
  /** Whether the book has any stock count, so the laba rugi shows how HPP was made. */
  countsStock: boolean;
}

/**
 * Reads the rollups of a period and of the one before it (bounded reads: months and the days of
 * cut months) and builds both reports, plus the last month's days for the daily sales chart.
 */
export async function loadReport(
  db: LumbungDb,
  bookId: Id,
  period: Period,
  today: BusinessDate,
): Promise<ReportView> {
  const before = previousPeriod(period);
  const salesMonth = monthOf(period.from <= today && today < period.to ? today : period.to);
  const salesFrom = period.from > firstDayOf(salesMonth) ? period.from : firstDayOf(salesMonth);
  const lastDay = lastDayOf(salesMonth);
  const [rows, previousRows, salesDays] = await Promise.all([
    // The period's rows with the categories and accounts, in one read transaction.
    reportInput(db, bookId, period.from, period.to),
    reportRows(db, bookId, before.from, before.to),
    dailyTotalsInRange(db, bookId, salesFrom, period.to < lastDay ? period.to : lastDay),
  ]);
  const { categories, accounts } = rows;
  const refs = { categories, accounts };
  const report = buildReport({ ...period, ...rows });
  const previous = buildReport({ ...before, ...previousRows, ...refs });
  return {
    report,
    previous: { period: before, report: previous },
    comparison: compareProfitAndLoss(report.profitAndLoss, previous.profitAndLoss),
    salesMonth,
    dailySales: dailySalesRows(salesDays, salesMonth),
    accounts,
    countsStock: rows.stock.some((level) => level.count > 0),
  };
}
