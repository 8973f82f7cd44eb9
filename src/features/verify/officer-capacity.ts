import { assessLoan, buildRepaymentCapacity, type LoanAssessment } from '../../domain/reports';
import { capacityMonthsOf, type CapacityBasis } from '../../domain/statement';
import { amountFromDigits, parsePercent } from '../statement/numbers';

/** The officer's own figures, as typed: ratio in percent, H and I as digits, a proposed loan. */
export interface OfficerInputs {
  ratio: string;
  householdCosts: string;
  existingInstalments: string;
  amount: string;
  months: string;
  monthlyRate: string;
}

/** The inputs that can be wrong. */
export type OfficerField = keyof OfficerInputs;

/** Repayment capacity by the officer's figures, and the proposed loan judged against it. */
export interface OfficerCapacity {
  averageNetProfit: number;
  /** Null when the ratio, H or I cannot be read. */
  rpc: number | null;
  /** Null until a whole loan (amount, months, rate) is typed. */
  loan: LoanAssessment | null;
  invalid: OfficerField[];
}

/** The longest term the calculator takes, in months. */
const MAX_MONTHS = 600;

/** Recomputes RPC from the statement's months with the officer's r, H and I, and judges the loan. */
export function officerCapacity(source: CapacityBasis, inputs: OfficerInputs): OfficerCapacity {
  const invalid: OfficerField[] = [];
  const ratio = parsePercent(inputs.ratio);
  const h = amountFromDigits(inputs.householdCosts);
  const i = amountFromDigits(inputs.existingInstalments);
  if (ratio === null) invalid.push('ratio');
  if (h === null) invalid.push('householdCosts');
  if (i === null) invalid.push('existingInstalments');
  const capacity = buildRepaymentCapacity({
    months: capacityMonthsOf(source),
    ratio: ratio ?? 0,
    householdCosts: h ?? 0,
    existingInstalments: i ?? 0,
  }).file;
  const rpc = invalid.length === 0 ? capacity.rpc : null;
  return { averageNetProfit: capacity.averageNetProfit, rpc, loan: judgeLoan(inputs, rpc, invalid), invalid };
}

/** The proposed loan's instalment against RPC, once amount, months and rate are all typed and sound. */
function judgeLoan(
  inputs: OfficerInputs,
  rpc: number | null,
  invalid: OfficerField[],
): LoanAssessment | null {
  const amount = amountFromDigits(inputs.amount);
  const monthsText = inputs.months.trim();
  const months = /^\d{1,3}$/.test(monthsText) ? Number(monthsText) : null;
  const monthlyRate = parsePercent(inputs.monthlyRate, 99);
  if (amount === null || amount === 0) invalid.push('amount');
  if (monthsText !== '' && (months === null || months < 1 || months > MAX_MONTHS)) invalid.push('months');
  if (inputs.monthlyRate.trim() !== '' && monthlyRate === null) invalid.push('monthlyRate');
  if (rpc === null || !amount || !months || months > MAX_MONTHS || monthlyRate === null) return null;
  try {
    return assessLoan({ amount, months, monthlyRate }, rpc);
  } catch {
    // An instalment beyond the safe-integer range: the amount is not a real loan.
    invalid.push('amount');
    return null;
  }
}
