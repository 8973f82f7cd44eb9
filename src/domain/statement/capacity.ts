import { monthOf } from '../dates';
import type { CategoryKind } from '../kinds';
import { addMoney } from '../money';
import { buildRepaymentCapacity, type MonthRow } from '../reports';
import type { Statement } from './schema';

/** The choices repayment capacity is computed with: H and I when stated (else the book's averages), and r. */
export interface CapacityChoices {
  /** Household costs per month, whole Rupiah; undefined: the average monthly prive. */
  householdCosts?: number | undefined;
  /** Existing instalments per month, whole Rupiah; undefined: the average monthly angsuran pokok. */
  existingInstalments?: number | undefined;
  /** The surplus ratio r, 0–1. */
  ratio: number;
}

/** What capacity reads of each month. */
export type CapacityMonth = Pick<MonthRow, 'netProfit' | 'prive' | 'angsuranPokok'>;

/** Repayment capacity as the file carries it: rounded down, saying whether H and I are defaults or stated. */
export function fileCapacity(
  months: readonly CapacityMonth[],
  choices: CapacityChoices,
): Statement['repaymentCapacity'] {
  const capacity = buildRepaymentCapacity({
    months,
    ratio: choices.ratio,
    householdCosts: choices.householdCosts,
    existingInstalments: choices.existingInstalments,
  });
  return {
    ...capacity.file,
    householdCostsSource: choices.householdCosts === undefined ? 'default' : 'member',
    existingInstalmentsSource: choices.existingInstalments === undefined ? 'default' : 'member',
  };
}

/** The kinds of entry capacity sums (prive and angsuran pokok): it reads no other entry. */
export const CAPACITY_KINDS: ReadonlySet<CategoryKind> = new Set(['prive', 'angsuran_pokok']);

/** Each month of a statement with its prive and angsuran pokok, summed from the statement's entries. */
export function capacityMonths(statement: Pick<Statement, 'months' | 'entries'>): CapacityMonth[] {
  const drawn = new Map(statement.months.map((m) => [m.month, { prive: 0, angsuranPokok: 0 }]));
  // Only prive and angsuran pokok are summed: a busy shop's sales are passed over without reading their month.
  for (const e of statement.entries) {
    if (!CAPACITY_KINDS.has(e.kind)) continue;
    const prive = e.kind === 'prive';
    const month = drawn.get(monthOf(e.date));
    if (!month) continue;
    if (prive) month.prive = addMoney(month.prive, e.amount);
    else month.angsuranPokok = addMoney(month.angsuranPokok, e.amount);
  }
  return statement.months.map((m) => {
    const { prive, angsuranPokok } = drawn.get(m.month) ?? { prive: 0, angsuranPokok: 0 };
    return { netProfit: m.netProfit, prive, angsuranPokok };
  });
}

/** The statement with its repayment capacity recomputed for other choices; every other figure unchanged. */
export function restateCapacity(statement: Statement, choices: CapacityChoices): Statement {
  return { ...statement, repaymentCapacity: fileCapacity(capacityMonths(statement), choices) };
}

/** What capacity is computed from: a statement, or its `capacityMonths` already summed (a screen's view of it). */
export type CapacityBasis = Pick<Statement, 'months' | 'entries'> | readonly CapacityMonth[];

const isMonths = (source: CapacityBasis): source is readonly CapacityMonth[] => Array.isArray(source);

/** The capacity months of a statement, or the ones given. */
export const capacityMonthsOf = (source: CapacityBasis): readonly CapacityMonth[] =>
  isMonths(source) ? source : capacityMonths(source);

/** The default H and I of a statement: average monthly prive and angsuran pokok, rounded down. */
export function defaultCapacityCosts(source: CapacityBasis): {
  householdCosts: number;
  existingInstalments: number;
} {
  const { householdCosts, existingInstalments } = fileCapacity(capacityMonthsOf(source), { ratio: 0 });
  return { householdCosts, existingInstalments };
}
