import { assertSafeInteger } from '../money';
import { ceilDiv, decimalFraction } from './exact';

/** A proposed loan: principal in whole Rupiah, term in months, flat monthly interest rate (0.015 = 1.5%). */
export interface LoanProposal {
  amount: number;
  months: number;
  monthlyRate: number;
}

/** A proposed loan judged against repayment capacity. */
export interface LoanAssessment {
  /** The monthly instalment, whole Rupiah (rounded up). */
  instalment: number;
  /** Whether the instalment is within RPC. */
  fits: boolean;
  /** RPC − instalment (negative when it does not fit), whole Rupiah. */
  headroom: number;
}

/** Flat-rate monthly instalment: amount / months + amount × rate, rounded up to whole Rupiah (exact). */
export function loanInstalment({ amount, months, monthlyRate }: LoanProposal): number {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new RangeError(`amount must be whole Rupiah > 0: ${amount}`);
  if (!Number.isSafeInteger(months) || months <= 0)
    throw new RangeError(`months must be a whole number > 0: ${months}`);
  if (!(monthlyRate >= 0 && monthlyRate < 1))
    throw new RangeError(`monthlyRate must be in [0, 1): ${monthlyRate}`);
  const rate = decimalFraction(monthlyRate);
  const a = BigInt(amount);
  const m = BigInt(months);
  // (a / m + a × p / d) = (a × d + a × p × m) / (m × d)
  const instalment = ceilDiv(a * rate.denominator + a * rate.numerator * m, m * rate.denominator);
  return assertSafeInteger(Number(instalment), 'instalment');
}

/** The instalment of a proposed loan and whether it fits within RPC (compare with the rounded-down RPC). */
export function assessLoan(loan: LoanProposal, rpc: number): LoanAssessment {
  const instalment = loanInstalment(loan);
  const capacity = Math.floor(rpc);
  return { instalment, fits: instalment <= capacity, headroom: capacity - instalment };
}
