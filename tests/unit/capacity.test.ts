import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessLoan, buildRepaymentCapacity, loanInstalment } from '../../src/domain/reports';

const month = (netProfit: number, prive = 0, angsuranPokok = 0) => ({ netProfit, prive, angsuranPokok });

// See docs/domain.md#repayment-capacity
describe('repayment capacity', () => {
  it('is M − H − I times r, H and I from prive and angsuran pokok by default', () => {
    const capacity = buildRepaymentCapacity({
      months: [
        month(3_000_000, 500_000, 400_000),
        month(2_000_000, 700_000, 400_000),
        month(1_000_001, 600_000, 400_000),
      ],
    });
    expect(capacity.averageNetProfit).toBeCloseTo(2_000_000.333, 3);
    expect(capacity.householdCosts).toBe(600_000);
    expect(capacity.existingInstalments).toBe(400_000);
    expect(capacity.ratio).toBe(0.6);
    expect(capacity.rpc).toBeCloseTo(600_000.2, 6);
    expect(capacity.file).toEqual({
      averageNetProfit: 2_000_000,
      householdCosts: 600_000,
      existingInstalments: 400_000,
      ratio: 0.6,
      rpc: 600_000,
    });
  });

  it('lets the officer override household costs, instalments and the ratio', () => {
    const capacity = buildRepaymentCapacity({
      months: [month(2_000_000, 100_000, 0), month(2_000_000, 100_000, 0)],
      householdCosts: 800_000,
      existingInstalments: 250_000,
      ratio: 0.5,
    });
    expect(capacity).toMatchObject({ householdCostsOverridden: true, existingInstalmentsOverridden: true });
    expect(capacity.rpc).toBe(475_000);
    expect(capacity.file.rpc).toBe(475_000);
  });

  it('never goes below zero, and survives a statement without months', () => {
    expect(buildRepaymentCapacity({ months: [month(-500_000), month(100_000, 300_000)] }).file).toMatchObject(
      {
        averageNetProfit: -200_000,
        rpc: 0,
      },
    );
    expect(buildRepaymentCapacity({ months: [] })).toMatchObject({
      averageNetProfit: 0,
      rpc: 0,
      file: { rpc: 0 },
    });
  });

  it('rounds the file values down exactly, where floating point would slip', () => {
    // (M − H − I) × 0.7 = 90 × 0.7 = 63 exactly; in floating point it is 62.99999999999999.
    const capacity = buildRepaymentCapacity({ months: [month(180), month(0)], ratio: 0.7 });
    expect(capacity.rpc).toBeLessThan(63);
    expect(capacity.file.rpc).toBe(63);
  });

  it('rounds down to whole Rupiah at most one below the unrounded RPC', () => {
    const months = fc.array(
      fc.record({
        netProfit: fc.integer({ min: -50_000_000, max: 50_000_000 }),
        prive: fc.integer({ min: 0, max: 10_000_000 }),
        angsuranPokok: fc.integer({ min: 0, max: 10_000_000 }),
      }),
      { minLength: 1, maxLength: 24 },
    );
    fc.assert(
      fc.property(months, fc.integer({ min: 0, max: 100 }), (ms, percent) => {
        const c = buildRepaymentCapacity({ months: ms, ratio: percent / 100 });
        return Number.isInteger(c.file.rpc) && c.file.rpc >= 0 && Math.abs(c.rpc - c.file.rpc) < 1 + 1e-6;
      }),
    );
  });
});

describe('a proposed loan', () => {
  it('has a flat-rate instalment rounded up to whole Rupiah', () => {
    expect(loanInstalment({ amount: 10_000_000, months: 12, monthlyRate: 0.015 })).toBe(983_334);
    expect(loanInstalment({ amount: 12_000_000, months: 12, monthlyRate: 0.01 })).toBe(1_120_000);
    expect(loanInstalment({ amount: 1_000_000, months: 3, monthlyRate: 0 })).toBe(333_334);
  });

  it('fits when the instalment is within RPC', () => {
    expect(assessLoan({ amount: 5_000_000, months: 12, monthlyRate: 0.015 }, 500_000)).toEqual({
      instalment: 491_667,
      fits: true,
      headroom: 8_333,
    });
    expect(assessLoan({ amount: 5_000_000, months: 12, monthlyRate: 0.015 }, 491_666.9).fits).toBe(false);
  });

  it('refuses impossible terms', () => {
    expect(() => loanInstalment({ amount: 0, months: 12, monthlyRate: 0.01 })).toThrow(RangeError);
    expect(() => loanInstalment({ amount: 1000, months: 0, monthlyRate: 0.01 })).toThrow(RangeError);
    expect(() => loanInstalment({ amount: 1000, months: 1, monthlyRate: -0.01 })).toThrow(RangeError);
  });
});
