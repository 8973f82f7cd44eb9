import { decimalFraction, floorDiv } from './exact';
import type { MonthRow } from './months';
import { sumMoney } from './sum';

/** The default surplus ratio r when a cooperative has not set its own. */
export const DEFAULT_RPC_RATIO = 0.6;

/** What repayment capacity is computed from. */
export interface RepaymentCapacityInput {
  /** The statement's months (net profit, prive and angsuran pokok of each). */
  months: readonly Pick<MonthRow, 'netProfit' | 'prive' | 'angsuranPokok'>[];
  /** Household costs per month, whole Rupiah, set by the officer (default: average monthly prive). */
  householdCosts?: number;
  /** Existing instalments per month, whole Rupiah, set by the officer (default: average angsuran pokok). */
  existingInstalments?: number;
  /** The surplus ratio r, 0–1 (default 0.6). */
  ratio?: number;
}

/** The figures as the statement file carries them: averages and RPC rounded down to whole Rupiah. */
export interface RepaymentCapacityFile {
  averageNetProfit: number;
  householdCosts: number;
  existingInstalments: number;
  ratio: number;
  rpc: number;
}

/** Repayment capacity (kemampuan bayar): unrounded M, H, I and RPC, plus the rounded file values. */
export interface RepaymentCapacity extends RepaymentCapacityFile {
  monthCount: number;
  householdCostsOverridden: boolean;
  existingInstalmentsOverridden: boolean;
  /** The same figures rounded down, as written to the statement file. */
  file: RepaymentCapacityFile;
}

/** An officer's override: whole Rupiah per month, not negative. */
function perMonthOverride(value: number | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${what} must be whole Rupiah ≥ 0: ${value}`);
  return value;
}

/**
 * RPC = max(0, (M − H − I) × r) (docs/domain.md#repayment-capacity). M, H and I are averages over the
 * months, kept unrounded; the file values are computed exactly (big-integer fractions), then rounded down.
 */
export function buildRepaymentCapacity(input: RepaymentCapacityInput): RepaymentCapacity {
  const ratio = input.ratio ?? DEFAULT_RPC_RATIO;
  if (!(ratio >= 0 && ratio <= 1)) throw new RangeError(`ratio must be between 0 and 1: ${ratio}`);
  const householdOverride = perMonthOverride(input.householdCosts, 'householdCosts');
  const instalmentsOverride = perMonthOverride(input.existingInstalments, 'existingInstalments');
  const n = input.months.length;
  const netProfitSum = sumMoney(...input.months.map((m) => m.netProfit));
  const priveSum = sumMoney(...input.months.map((m) => m.prive));
  const angsuranSum = sumMoney(...input.months.map((m) => m.angsuranPokok));

  const average = (sum: number) => (n === 0 ? 0 : sum / n);
  const averageNetProfit = average(netProfitSum);
  const householdCosts = householdOverride ?? average(priveSum);
  const existingInstalments = instalmentsOverride ?? average(angsuranSum);
  const rpc = Math.max(0, (averageNetProfit - householdCosts - existingInstalments) * ratio);

  // Exact file values: every average is (a total over the months) / n.
  const bigN = BigInt(Math.max(n, 1));
  const total = (override: number | undefined, sum: number): bigint =>
    override === undefined ? BigInt(sum) : BigInt(override) * bigN;
  const surplusTimesN =
    BigInt(netProfitSum) - total(householdOverride, priveSum) - total(instalmentsOverride, angsuranSum);
  const r = decimalFraction(ratio);
  const fileRpc =
    n === 0 || surplusTimesN <= 0n ? 0n : floorDiv(surplusTimesN * r.numerator, bigN * r.denominator);
  const floorAverage = (sum: number) => (n === 0 ? 0 : Number(floorDiv(BigInt(sum), bigN)));

  return {
    averageNetProfit,
    householdCosts,
    existingInstalments,
    ratio,
    rpc,
    monthCount: n,
    householdCostsOverridden: householdOverride !== undefined,
    existingInstalmentsOverridden: instalmentsOverride !== undefined,
    file: {
      averageNetProfit: floorAverage(netProfitSum),
      householdCosts: householdOverride ?? floorAverage(priveSum),
      existingInstalments: instalmentsOverride ?? floorAverage(angsuranSum),
      ratio,
      rpc: Number(fileRpc),
    },
  };
}
