import { firstDayOf, monthOf, type BusinessDate } from '../domain/dates';
import { directionOf, KIND_RULES, type CategoryKind } from '../domain/kinds';
import type { Id } from '../domain/model';
import { addMoney } from '../domain/money';
import type { LumbungDb } from './db';
import { listAccounts } from './queries';
import { rowsUpTo } from './report-rows';

/** Money in, money out and net profit over some days (transfers are neither in nor out). */
export interface PeriodFigures {
  moneyIn: number;
  moneyOut: number;
  /** Laba bersih: revenue and other income less costs; capital, drawings, loans and assets do not count. */
  netProfit: number;
}

/** What the home screen shows: today, this month so far, and where the money sits. */
export interface HomeSummary {
  today: PeriodFigures & { count: number };
  month: PeriodFigures;
  balances: { accountId: Id; name: string; balance: number }[];
  total: number;
}

/** How a kind moves net profit: +1 income, −1 cost, 0 outside profit and loss. */
function profitSign(kind: CategoryKind): 1 | -1 | 0 {
  const line = KIND_RULES[kind].profitAndLoss;
  if (line === null) return 0;
  return line === 'revenue' || line === 'otherIncome' ? 1 : -1;
}

const emptyFigures = (): PeriodFigures => ({ moneyIn: 0, moneyOut: 0, netProfit: 0 });

function count(figures: PeriodFigures, kind: CategoryKind, amount: number): void {
  if (directionOf(kind) === 'in') figures.moneyIn = addMoney(figures.moneyIn, amount);
  else figures.moneyOut = addMoney(figures.moneyOut, amount);
  figures.netProfit = addMoney(figures.netProfit, profitSign(kind) * amount);
}

/**
 * Today's and this month's figures and every account's balance up to today, from the rollups only:
 * balances carried in per account (years, then this year's months), this month's days one by one.
 */
export async function homeSummary(db: LumbungDb, bookId: Id, today: BusinessDate): Promise<HomeSummary> {
  const [{ totals: rows, transfers: moves, carried }, accounts] = await Promise.all([
    rowsUpTo(db, bookId, today),
    listAccounts(db, bookId),
  ]);
  const monthStart = firstDayOf(monthOf(today));
  const todays = { ...emptyFigures(), count: 0 };
  const month = emptyFigures();
  const balance = new Map<Id, number>();
  const move = (accountId: Id, amount: number) =>
    balance.set(accountId, addMoney(balance.get(accountId) ?? 0, amount));
  for (const c of carried) move(c.accountId, c.amount);
  for (const row of rows) {
    move(row.accountId, directionOf(row.kind) === 'in' ? row.amount : -row.amount);
    if (row.date >= monthStart) count(month, row.kind, row.amount);
    if (row.date === today) {
      count(todays, row.kind, row.amount);
      todays.count += row.count;
    }
  }
  for (const t of moves) {
    move(t.fromAccountId, -t.amount);
    move(t.toAccountId, t.amount);
  }
  const balances = accounts
    .map((a) => ({ accountId: a.id, name: a.name, balance: balance.get(a.id) ?? 0, hidden: a.hidden }))
    .filter((a) => !a.hidden || a.balance !== 0)
    .map(({ accountId, name, balance: amount }) => ({ accountId, name, balance: amount }));
  const total = balances.reduce((sum, b) => addMoney(sum, b.balance), 0);
  return { today: todays, month, balances, total };
}
