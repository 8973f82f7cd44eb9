import type { ContactDailyTotal } from '../credit/rollups';
import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import { rollUpAccountMonths, type AccountMonthTotal, type AccountYearTotal } from './account-rollups';
import { rollUpAccountYears } from './account-years';
import {
  rollUpMonths,
  rollUpTransferMonths,
  type MonthlyTotal,
  type MonthlyTransferTotal,
} from './month-rollups';
import { packYears, type YearTotals } from './year-rollups';

/** The rollups kept beside the daily ones, each a sum of daily rows. */
export interface DerivedRollups {
  monthly: MonthlyTotal[];
  monthlyTransfers: MonthlyTransferTotal[];
  accountMonths: AccountMonthTotal[];
  accountYears: AccountYearTotal[];
  /** The monthly rows packed one row per book and year. */
  years: YearTotals[];
}

/** Every derived rollup of some daily rows (credit rows move accounts too): what the stored ones must always equal. */
export const derivedRollups = (
  daily: readonly DailyTotal[],
  transfers: readonly DailyTransferTotal[],
  credit: readonly ContactDailyTotal[] = [],
): DerivedRollups => {
  const monthly = rollUpMonths(daily);
  const monthlyTransfers = rollUpTransferMonths(transfers);
  return {
    monthly,
    monthlyTransfers,
    accountMonths: rollUpAccountMonths(daily, transfers, credit),
    accountYears: rollUpAccountYears(daily, transfers, credit),
    years: packYears(monthly, monthlyTransfers),
  };
};
