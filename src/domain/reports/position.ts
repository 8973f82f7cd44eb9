import { creditTotals, type CreditRow } from '../credit/balances';
import { netCreditCash, type CreditCashRow } from '../credit/cash';
import type { BusinessDate } from '../dates';
import type { DailyTotal } from '../daily-rollups';
import { addMoney } from '../money';
import { openingStockOf, stockAt, type StockLevel } from '../stock/levels';
import { netCash, sumByKind } from './by-kind';
import { sumMoney } from './sum';

/** The statement of financial position (laporan posisi keuangan, neraca) at the end of a day. */
export interface Position {
  date: BusinessDate;
  cash: number;
  receivables: number;
  inventory: number;
  fixedAssets: number;
  totalAssets: number;
  payables: number;
  loans: number;
  totalLiabilities: number;
  paidInCapital: number;
  retainedEarnings: number;
  totalEquity: number;
}

/** What a position is figured from: everything dated up to its day, as rollups. */
export interface PositionInput {
  date: BusinessDate;
  /** Entry rollups over the whole history to `date` (days, or months and years stood on a day). */
  totals: readonly Pick<DailyTotal, 'date' | 'kind' | 'amount'>[];
  /** Credit rollups over the whole history to `date`. */
  credit: readonly (CreditRow & CreditCashRow)[];
  stock: readonly StockLevel[];
}

/** Σ of the opening items of one side, over rows dated ≤ date. */
const openingOf = (rows: PositionInput['credit'], side: CreditRow['side'], date: BusinessDate): number =>
  rows.reduce((sum, r) => (r.side === side && r.date <= date ? addMoney(sum, r.opening) : sum), 0);

/**
 * The position at the end of `date`, every line from its own records (docs/domain.md#position). The
 * two sides agree by construction; `positionDifference` checks it and nothing forces it.
 */
export function buildPosition(input: PositionInput): Position {
  const { date } = input;
  const totals = input.totals.filter((r) => r.date <= date);
  const credit = input.credit.filter((r) => r.date <= date);
  const k = sumByKind(totals);
  const owed = creditTotals(credit, date);
  const inventory = stockAt(input.stock, date);
  const openingStock = openingStockOf(input.stock.filter((l) => l.date <= date));
  const cash = sumMoney(netCash(totals), netCreditCash(credit));
  const fixedAssets = sumMoney(k.beli_aset, -k.jual_aset);
  const loans = sumMoney(k.pinjaman_masuk, -k.angsuran_pokok);
  const paidInCapital = sumMoney(
    k.modal,
    -k.prive,
    openingStock,
    openingOf(credit, 'receivable', date),
    -openingOf(credit, 'payable', date),
  );
  // Σ laba bersih since the book began telescopes: each period's closing stock is the next one's opening.
  const retainedEarnings = sumMoney(
    k.pendapatan,
    k.pendapatan_lain,
    -k.hpp,
    -k.beban,
    -k.beban_lain,
    inventory,
    -openingStock,
  );
  const totalAssets = sumMoney(cash, owed.receivables, inventory, fixedAssets);
  const totalLiabilities = sumMoney(owed.payables, loans);
  return {
    date,
    cash,
    receivables: owed.receivables,
    inventory,
    fixedAssets,
    totalAssets,
    payables: owed.payables,
    loans,
    totalLiabilities,
    paidInCapital,
    retainedEarnings,
    totalEquity: sumMoney(paidInCapital, retainedEarnings),
  };
}

/** Total assets less liabilities and equity: 0 for every position the app makes; anything else is a defect. */
export const positionDifference = (p: Position): number =>
  sumMoney(p.totalAssets, -p.totalLiabilities, -p.totalEquity);
