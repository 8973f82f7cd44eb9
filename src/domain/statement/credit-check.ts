import { overdrawnProblems } from '../credit/balances';
import { mayBeOnCredit } from '../credit/entry-credit';
import { countedDate } from '../credit/records';
import { addDays } from '../dates';
import { addMoney } from '../money';
import { positionDifference } from '../reports';
import type { Problem } from '../result';
import { stockAt } from '../stock/levels';
import { accountMoves, derivedOpenings, rowProblems, statedCosts, statedFigures } from './check';
import { computeCreditFigures, statementRecords, type CreditFigures } from './credit-figures';
import { carriedRows, carriedTotal, withTotals } from './credit-position';
import type { CreditStatement } from './credit-schema';
import { diffFigures, MAX_MISMATCHES } from './diff';

/** Problems with the rows `/2` adds: credit on entries, settlements, carried and opening items, stock counts. */
function creditRowProblems(s: CreditStatement): Problem[] {
  const { from, to } = s.period;
  const problems: Problem[] = [];
  const inPeriod = (d: string) => d >= from && d <= to;
  for (const e of s.entries) {
    const owes = e.paid < e.amount;
    if (e.paid > e.amount) problems.push({ code: 'row.paidAboveAmount', params: { id: e.id } });
    if (owes && (e.contact === undefined || !mayBeOnCredit(e.kind)))
      problems.push({ code: 'row.creditInvalid', params: { id: e.id } });
    if (e.dueDate !== undefined && (!owes || e.dueDate < e.date))
      problems.push({ code: 'row.dueDateInvalid', params: { id: e.id } });
  }
  const ids = new Set([...s.entries, ...s.transfers].map((r) => r.id));
  for (const t of s.settlements) {
    if (ids.has(t.id)) problems.push({ code: 'row.duplicateId', params: { id: t.id } });
    ids.add(t.id);
    if (!inPeriod(t.date)) problems.push({ code: 'row.outsidePeriod', params: { id: t.id, date: t.date } });
  }
  for (const c of s.carried)
    if (c.date >= from || (c.dueDate !== undefined && c.dueDate < c.date))
      problems.push({ code: 'row.carriedInvalid', params: { date: c.date, contact: c.contact } });
  for (const o of s.openingItems)
    if (!inPeriod(o.date) || (o.dueDate !== undefined && o.dueDate < o.date))
      problems.push({ code: 'row.openingItemInvalid', params: { date: o.date, contact: o.contact } });
  const days = s.stockCounts.map(countedDate);
  const earlier = days.filter((d) => d < from).length;
  if (earlier > 1 || days.some((d) => d > to) || new Set(days).size !== days.length)
    problems.push({ code: 'row.stockCountsInvalid' });
  return problems;
}

/** The `/2` figures a statement states, in the shape `computeCreditFigures` returns. */
const statedCreditFigures = (s: CreditStatement): CreditFigures => ({
  ...statedFigures(s),
  profitAndLoss: s.profitAndLoss,
  months: s.months,
  position: s.position,
  receivables: s.receivables,
  payables: s.payables,
});

/**
 * Recomputes every figure of a `/2` statement (docs/statement-format.md#verifying-2): each
 * account's opening from its closing balance less the period's cash (what was paid, settlements,
 * transfers); the opening position's cash, debts and stock from those openings, the carried items
 * and the counts; then the period's figures, the closing position and the aging by the same code
 * that made them. Both positions must balance, and no contact may owe a negative amount on any day.
 */
export function checkCreditFigures(s: CreditStatement): Problem[] {
  const problems = [...rowProblems(s), ...creditRowProblems(s)];
  try {
    const movement = accountMoves(s, (e) => e.paid);
    for (const t of s.settlements)
      movement.set(
        t.account,
        addMoney(movement.get(t.account) ?? 0, t.type === 'collect' ? t.amount : -t.amount),
      );
    const openings = derivedOpenings(s, movement);
    if (!Array.isArray(openings)) return [...problems, openings];
    const { stock } = statementRecords(s);
    const opening = withTotals({
      ...s.position.opening,
      date: addDays(s.period.from, -1),
      cash: openings.reduce((sum, a) => addMoney(sum, a.balance), 0),
      receivables: carriedTotal(s.carried, 'receivable'),
      payables: carriedTotal(s.carried, 'payable'),
      inventory: stockAt(stock, addDays(s.period.from, -1)),
    });
    const computed = computeCreditFigures({
      period: s.period,
      entries: s.entries,
      transfers: s.transfers,
      settlements: s.settlements,
      stockCounts: s.stockCounts,
      carried: s.carried,
      openingItems: s.openingItems,
      openingAccounts: openings,
      ratio: s.repaymentCapacity.ratio,
      ...statedCosts(s),
      timeZone: s.business.timeZone,
      createdAt: s.createdAt,
      corrections: s.discipline.corrections,
      opening,
    });
    problems.push(...diffFigures(statedCreditFigures(s), computed));
    for (const [name, p] of Object.entries(s.position)) {
      const difference = positionDifference(p);
      if (difference !== 0)
        problems.push({ code: 'position.unbalanced', params: { position: name, difference } });
    }
    const credit = [...carriedRows(s.carried), ...statementRecords(s).credit];
    problems.push(...overdrawnProblems(credit, credit, (contact) => contact));
    return problems.slice(0, MAX_MISMATCHES);
  } catch (error) {
    return [...problems, { code: 'figures.uncomputable', params: { reason: String(error) } }];
  }
}
