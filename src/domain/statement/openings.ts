import type { CreditCashRow } from '../credit/cash';
import { rollUp, type DailyTotal, type DailyTransferTotal } from '../daily-rollups';
import type { Category, Entry, Transfer } from '../model';
import { addMoney } from '../money';
import { accountBalances, type AccountAmount, type AccountRef } from '../reports';

/**
 * Rollup rows of a book (from storage): daily totals per category and account, and per transfer
 * pair; and what each account carries in from before the first of those rows (account years and
 * months, summed), so the history before a period costs a few rows per account.
 */
export interface RollupRows {
  totals: readonly DailyTotal[];
  transfers: readonly DailyTransferTotal[];
  carried?: readonly AccountAmount[];
  /** Credit rollups of the same days as `totals` (`/2`): the cash settlements and unpaid parts move. */
  credit?: readonly (CreditCashRow & { date: string })[];
}

/** What the opening balances come from: the book's rows before the period, raw or rolled up. */
export interface OpeningInput {
  from: string;
  entries: readonly Entry[];
  transfers: readonly Transfer[];
  categories: readonly Pick<Category, 'id' | 'kind'>[];
  accounts: readonly AccountRef[];
  /** Rollups of the book's history; when given, they alone make the openings (raw rows are ignored). */
  before?: RollupRows | undefined;
}

/** The rollup rows dated before `from`, from the stored rollups when given, else rolled up from raw rows. */
function rowsBefore(input: OpeningInput): Required<RollupRows> {
  const { from } = input;
  if (input.before)
    return {
      totals: input.before.totals.filter((t) => t.date < from),
      transfers: input.before.transfers.filter((t) => t.date < from),
      carried: input.before.carried ?? [],
      credit: (input.before.credit ?? []).filter((t) => t.date < from),
    };
  const kinds = new Map(input.categories.map((c) => [c.id, c.kind]));
  const rolled = rollUp(
    input.entries.filter((e) => e.date < from),
    input.transfers.filter((t) => t.date < from),
    (id) => kinds.get(id) ?? 'modal',
  );
  return { totals: rolled.daily, transfers: rolled.transfers, carried: [], credit: [] };
}

/** Each account's balance at the start of the period, in display order (accounts sharing a name are merged). */
export function openingAccounts(input: OpeningInput): { name: string; balance: number }[] {
  const before = rowsBefore(input);
  const byName = new Map<string, number>();
  for (const a of accountBalances([before.totals], [before.transfers], input.accounts, before.carried, [
    before.credit,
  ]))
    byName.set(a.name, addMoney(byName.get(a.name) ?? 0, a.balance));
  return [...byName].map(([name, balance]) => ({ name, balance }));
}
