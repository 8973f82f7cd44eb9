import { describe, expect, it } from 'vitest';
import {
  buildStatement,
  checkFigures,
  defaultCapacityCosts,
  restateCapacity,
  signStatement,
  statementJson,
  verifyStatement,
  type Statement,
} from '../../src/domain/statement';
import {
  fixtureBook,
  fixtureStatement,
  FIXTURE_BUSINESS,
  testSigner,
} from '../support/domain/statement-fixture';

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
const ID = '7f0c2a7e-3a51-4c1e-9d0f-0d6f8f1d2a11';

/** RPC as docs/domain.md#repayment-capacity defines it, exactly: floor(max(0, (ΣNP/n − H − I) × r)) for a decimal r. */
function expectedRpc(s: Statement, h: number, i: number, ratio: { num: bigint; den: bigint }): number {
  const n = BigInt(s.months.length);
  const surplusTimesN = s.months.reduce((sum, m) => sum + BigInt(m.netProfit), 0n) - n * BigInt(h + i);
  return surplusTimesN <= 0n ? 0 : Number((surplusTimesN * ratio.num) / (n * ratio.den));
}

const mutable = (s: Statement) => structuredClone(s) as Statement;

describe('repayment capacity with household costs and instalments the member states', () => {
  const stated = fixtureStatement(PERIOD, { householdCosts: 750_000, existingInstalments: 125_000, id: ID });

  it('carries H and I as stated, says so, and computes RPC from the exact M', () => {
    const r = stated.repaymentCapacity;
    expect(r).toMatchObject({
      householdCosts: 750_000,
      existingInstalments: 125_000,
      ratio: 0.6,
      householdCostsSource: 'member',
      existingInstalmentsSource: 'member',
    });
    expect(r.rpc).toBe(expectedRpc(stated, 750_000, 125_000, { num: 6n, den: 10n }));
    expect(r.averageNetProfit).toBe(fixtureStatement(PERIOD).repaymentCapacity.averageNetProfit);
  });

  it('says the defaults are the book’s averages when the member states nothing', () => {
    const plain = fixtureStatement(PERIOD);
    expect(plain.repaymentCapacity).toMatchObject({
      householdCostsSource: 'default',
      existingInstalmentsSource: 'default',
    });
    expect(defaultCapacityCosts(plain)).toEqual({
      householdCosts: plain.repaymentCapacity.householdCosts,
      existingInstalments: plain.repaymentCapacity.existingInstalments,
    });
    // The defaults do not depend on what the member stated.
    expect(defaultCapacityCosts(stated)).toEqual(defaultCapacityCosts(plain));
  });

  it('may state one and keep the other default', () => {
    const one = fixtureStatement(PERIOD, { existingInstalments: 0, ratio: 0.45 });
    const plain = fixtureStatement(PERIOD);
    expect(one.repaymentCapacity).toMatchObject({
      householdCosts: plain.repaymentCapacity.householdCosts,
      householdCostsSource: 'default',
      existingInstalments: 0,
      existingInstalmentsSource: 'member',
      ratio: 0.45,
    });
    expect(checkFigures(one)).toEqual([]);
  });

  it('verifies: the stated H and I are taken as stated, RPC and M are recomputed', async () => {
    expect(checkFigures(stated)).toEqual([]);
    const signer = await testSigner();
    const result = await verifyStatement(statementJson(await signStatement(stated, signer)));
    expect(result.verdict).toBe('genuine');
  });

  it('finds an RPC that does not follow from the stated H, and a stated H passed off as the default', () => {
    const higherH = mutable(stated);
    higherH.repaymentCapacity.householdCosts = 100_000;
    expect(checkFigures(higherH)).toEqual([
      {
        code: 'figures.mismatch',
        params: {
          field: 'repaymentCapacity.rpc',
          stated: stated.repaymentCapacity.rpc,
          computed: expectedRpc(stated, 100_000, 125_000, { num: 6n, den: 10n }),
        },
      },
    ]);
    const passedOff = mutable(stated);
    passedOff.repaymentCapacity.householdCostsSource = 'default';
    // Said to be the average prive, H must then be that average: it is not.
    expect(checkFigures(passedOff).map((p) => p.params?.field)).toContain('repaymentCapacity.householdCosts');
  });

  it('reads a file made before the sources were written as using the defaults', () => {
    const older = mutable(fixtureStatement(PERIOD));
    delete older.repaymentCapacity.householdCostsSource;
    delete older.repaymentCapacity.existingInstalmentsSource;
    expect(checkFigures(older)).toEqual([]);
    const claimed = mutable(stated);
    delete claimed.repaymentCapacity.householdCostsSource;
    expect(checkFigures(claimed).map((p) => p.params?.field)).toContain('repaymentCapacity.householdCosts');
  });

  it('restates capacity for new choices exactly as building the statement with them', () => {
    const plain = fixtureStatement(PERIOD, { id: ID });
    const choices = { householdCosts: 750_000, existingInstalments: 125_000, ratio: 0.6 };
    expect(restateCapacity(plain, choices)).toEqual(stated);
    expect(restateCapacity(stated, { ratio: 0.6 })).toEqual(plain);
  });

  it('refuses H or I that are not whole Rupiah ≥ 0, and a ratio outside 0–1', () => {
    const book = fixtureBook();
    const input = {
      book: FIXTURE_BUSINESS,
      period: PERIOD,
      entries: book.entries,
      transfers: book.transfers,
      categories: book.categories,
      accounts: book.accounts,
      now: new Date('2026-07-05T02:00:00.000Z'),
      appVersion: 'test',
    };
    const refused = buildStatement({ ...input, householdCosts: -1, existingInstalments: 2.5, ratio: 1.2 });
    expect(refused.ok ? [] : refused.errors).toEqual([
      { code: 'statement.capacity.invalid', params: { field: 'householdCosts' } },
      { code: 'statement.capacity.invalid', params: { field: 'existingInstalments' } },
      { code: 'statement.ratio.invalid', params: { ratio: 1.2 } },
    ]);
  });
});
