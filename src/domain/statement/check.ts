import { directionOf } from '../kinds';
import { addMoney } from '../money';
import type { Problem } from '../result';
import { diffFigures, MAX_MISMATCHES } from './diff';
import { computeFigures, type FiguresInput, type StatementFigures } from './figures';
import type { Statement } from './schema';

/** Problems with the recorded rows themselves: outside the period, duplicated, contradicting their kind. */
export function rowProblems(statement: Statement): Problem[] {
  const { from, to } = statement.period;
  const problems: Problem[] = [];
  if (from > to) problems.push({ code: 'period.reversed', params: { from, to } });
  const seen = new Set<string>();
  const row = (id: string, date: string) => {
    if (seen.has(id)) problems.push({ code: 'row.duplicateId', params: { id } });
    seen.add(id);
    if (date < from || date > to) problems.push({ code: 'row.outsidePeriod', params: { id, date } });
  };
  for (const e of statement.entries) {
    row(e.id, e.date);
    if (directionOf(e.kind) !== e.direction)
      problems.push({
        code: 'row.kindDirection',
        params: { id: e.id, kind: e.kind, direction: e.direction },
      });
  }
  for (const t of statement.transfers) {
    row(t.id, t.date);
    if (t.from === t.to) problems.push({ code: 'row.sameAccount', params: { id: t.id } });
  }
  return problems.slice(0, MAX_MISMATCHES);
}

/** How the period's rows move each account: entries by `cashOf` (default: the whole amount), transfers both ways. */
export function accountMoves<E extends Statement['entries'][number]>(
  statement: { entries: readonly E[]; transfers: Statement['transfers'] },
  cashOf: (e: E) => number = (e) => e.amount,
): Map<string, number> {
  const movement = new Map<string, number>();
  const move = (account: string, amount: number) =>
    movement.set(account, addMoney(movement.get(account) ?? 0, amount));
  for (const e of statement.entries) move(e.account, e.direction === 'in' ? cashOf(e) : -cashOf(e));
  for (const t of statement.transfers) {
    move(t.from, -t.amount);
    move(t.to, t.amount);
  }
  return movement;
}

/**
 * Each stated account's balance at the start of the period: its stated closing balance less the
 * period's movements in it. The file holds only the period's rows, so openings cannot come from rows.
 */
export function derivedOpenings(
  statement: Statement,
  movement: ReadonlyMap<string, number> = accountMoves(statement),
): { name: string; balance: number }[] | Problem {
  const names = new Set<string>();
  const openings: { name: string; balance: number }[] = [];
  for (const a of statement.cashFlow.accounts) {
    if (names.has(a.name)) return { code: 'account.duplicate', params: { account: a.name } };
    names.add(a.name);
    openings.push({ name: a.name, balance: addMoney(a.balance, -(movement.get(a.name) ?? 0)) });
  }
  return openings;
}

/** The figures a statement states, in the shape `computeFigures` returns (absent sources of H and I: default). */
export const statedFigures = (s: Statement): StatementFigures => ({
  profitAndLoss: s.profitAndLoss,
  cashFlow: s.cashFlow,
  months: s.months,
  repaymentCapacity: {
    ...s.repaymentCapacity,
    householdCostsSource: s.repaymentCapacity.householdCostsSource ?? 'default',
    existingInstalmentsSource: s.repaymentCapacity.existingInstalmentsSource ?? 'default',
  },
  discipline: s.discipline,
});

/** H and I as the member stated them; undefined where the file says they are the book's averages. */
export function statedCosts(s: Statement): { householdCosts?: number; existingInstalments?: number } {
  const r = s.repaymentCapacity;
  return {
    ...(r.householdCostsSource === 'member' ? { householdCosts: r.householdCosts } : {}),
    ...(r.existingInstalmentsSource === 'member' ? { existingInstalments: r.existingInstalments } : {}),
  };
}

/**
 * Recomputes every figure of a statement from its entries and transfers (docs/domain.md#verification)
 * and lists each one that differs (none: the figures are consistent). The opening balance is checked
 * through the accounts: each account's opening is its stated closing balance less the period's
 * movements, and the sum of those openings must be the stated opening balance, from which the
 * closing balance and every month's closing balance must follow. M is recomputed from the entries;
 * H and I too unless the file says the member stated them, and RPC from M, H, I and the stated r.
 */
export function checkFigures(statement: Statement): Problem[] {
  const problems = rowProblems(statement);
  try {
    const openings = derivedOpenings(statement);
    if (!Array.isArray(openings)) return [...problems, openings];
    const computed = computeFigures({
      ...figuresBasis(statement, openings),
      entries: statement.entries,
      transfers: statement.transfers,
    });
    return [...problems, ...diffFigures(statedFigures(statement), computed)];
  } catch (error) {
    // Sums beyond the safe-integer range, or a period the report code refuses.
    return [...problems, { code: 'figures.uncomputable', params: { reason: String(error) } }];
  }
}

/** What a statement's figures are recomputed from besides its rows: the stated choices and the derived openings. */
export const figuresBasis = (
  statement: Statement,
  openings: FiguresInput['openingAccounts'],
): Omit<FiguresInput, 'entries' | 'transfers'> => ({
  period: statement.period,
  openingAccounts: openings,
  ratio: statement.repaymentCapacity.ratio,
  ...statedCosts(statement),
  timeZone: statement.business.timeZone,
  createdAt: statement.createdAt,
  corrections: statement.discipline.corrections,
});
