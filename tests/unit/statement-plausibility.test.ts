import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildStatement,
  computeFigures,
  signStatement,
  statementJson,
  verifyStatement,
  type Statement,
  type StatementEntry,
  type StatementSigner,
} from '../../src/domain/statement';
import { statementMonthChoices } from '../../src/domain/reports';
import { testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

let signer: StatementSigner;
beforeAll(async () => {
  signer = await testSigner();
});

const base = tinyStatement();

/**
 * A forger's statement: the tiny one with `changes`, every figure recomputed so that the figures are
 * consistent, signed by a key of the forger's own. Only the plausibility rules can catch it.
 */
async function forged(changes: Partial<Statement>): Promise<string> {
  const draft = { ...base, ...changes };
  const figures = computeFigures({
    period: draft.period,
    entries: draft.entries,
    transfers: draft.transfers,
    // The tiny book has nothing before its period.
    openingAccounts: base.cashFlow.accounts.map((a) => ({ name: a.name, balance: 0 })),
    ratio: draft.repaymentCapacity.ratio,
    timeZone: draft.business.timeZone,
    createdAt: draft.createdAt,
    corrections: 0,
  });
  return statementJson(await signStatement({ ...draft, ...figures }, signer));
}

const sale = (date: string, amount: number, recordedAt: string): StatementEntry => ({
  id: `sale-${date}-${recordedAt}`,
  date,
  direction: 'in',
  amount,
  kind: 'pendapatan',
  category: 'Penjualan',
  account: 'Kas',
  recordedAt,
  imported: false,
});

const problemsOf = async (text: string) => {
  const result = await verifyStatement(text);
  expect(result.signatureValid).toBe(true);
  expect(result.figuresConsistent).toBe(true);
  return result;
};

describe('a statement the app could not have made', () => {
  it('is genuine when it keeps every rule', async () => {
    expect((await problemsOf(await forged({}))).verdict).toBe('genuine');
  });

  it('is altered for a one-day period whose one Rp 90.000.000 sale would read as M per month', async () => {
    const result = await problemsOf(
      await forged({
        period: { from: '2026-02-28', to: '2026-02-28' },
        entries: [sale('2026-02-28', 90_000_000, '2026-02-28T09:00:00.000Z')],
        transfers: [],
      }),
    );
    expect(result.verdict).toBe('altered');
    expect(result.problems).toEqual([
      { code: 'period.notWholeMonths', params: { from: '2026-02-28', to: '2026-02-28' } },
    ]);
    // The forged M: one day's sale as a month's profit.
    expect(result.statement?.repaymentCapacity.averageNetProfit).toBe(90_000_000);
  });

  it('is altered when it was made before its period ended (in the business’s time zone)', async () => {
    // 16:30 UTC on 28 February is 00:30 on 1 March in Makassar (UTC+8): the period is over there.
    expect((await problemsOf(await forged({ createdAt: '2026-02-28T16:30:00.000Z' }))).verdict).toBe(
      'genuine',
    );
    const early = await problemsOf(await forged({ createdAt: '2026-02-28T15:30:00.000Z' }));
    expect(early.verdict).toBe('altered');
    expect(early.problems).toEqual([
      { code: 'period.notEnded', params: { to: '2026-02-28', madeOn: '2026-02-28' } },
    ]);
  });

  it('is altered when a record was recorded after the statement was made, once for all such records', async () => {
    const late = [
      sale('2026-02-20', 5_000_000, '2026-03-03T00:00:00.000Z'),
      sale('2026-02-21', 5_000_000, '2026-03-04T00:00:00.000Z'),
    ];
    const result = await problemsOf(await forged({ entries: [...base.entries, ...late] }));
    expect(result.verdict).toBe('altered');
    expect(result.problems).toEqual([
      {
        code: 'rows.recordedAfterStatement',
        params: { count: 2, id: late[0]?.id ?? '', date: '2026-02-20', recordedOn: '2026-03-03' },
      },
    ]);
  });

  it('is altered when a record was recorded more than a year before its own date', async () => {
    const ahead = sale('2026-02-10', 1_000_000, '2025-02-09T00:00:00.000Z'); // 366 days: believable
    const wayAhead = sale('2026-02-11', 1_000_000, '2025-02-09T00:00:00.000Z'); // 367 days
    expect((await problemsOf(await forged({ entries: [...base.entries, ahead] }))).verdict).toBe('genuine');
    const result = await problemsOf(await forged({ entries: [...base.entries, wayAhead] }));
    expect(result.verdict).toBe('altered');
    expect(result.problems.map((p) => p.code)).toEqual(['rows.recordedTooEarly']);
  });

  it('averages M over the months of the period: three whole months divide by three', async () => {
    const result = await problemsOf(
      await forged({
        period: { from: '2026-02-01', to: '2026-04-30' },
        entries: [sale('2026-02-28', 90_000_000, '2026-02-28T09:00:00.000Z')],
        transfers: [],
        createdAt: '2026-05-02T00:00:00.000Z',
      }),
    );
    expect(result.verdict).toBe('genuine');
    expect(result.statement?.repaymentCapacity.averageNetProfit).toBe(30_000_000);
  });
});

describe('the member’s app', () => {
  const input = () => {
    const s = tinyStatement();
    return {
      book: { ...s.business, businessType: s.business.type },
      period: s.period,
      entries: [],
      transfers: [],
      categories: [],
      accounts: [{ id: 'a1', name: 'Kas' }],
      appVersion: 'test',
    };
  };

  it('refuses to make a statement before its period is over', () => {
    const built = buildStatement({ ...input(), now: new Date('2026-02-27T02:00:00.000Z') });
    expect(built.ok ? [] : built.errors.map((e) => e.code)).toEqual(['period.notEnded']);
  });

  it('refuses a statement with a record recorded after now (a phone clock set back)', () => {
    const built = buildStatement({
      ...input(),
      entries: [
        {
          id: 'e1',
          bookId: 'b',
          date: '2026-02-10',
          direction: 'in',
          amount: 1000,
          categoryId: 'c1',
          accountId: 'a1',
          note: '',
          counterparty: '',
          recordedAt: '2026-03-10T00:00:00.000Z',
          updatedAt: '2026-03-10T00:00:00.000Z',
          source: 'app',
          voided: false,
        },
      ],
      categories: [{ id: 'c1', name: 'Penjualan', kind: 'pendapatan' }],
      now: new Date('2026-03-02T00:00:00.000Z'),
    });
    expect(built.ok ? [] : built.errors.map((e) => e.code)).toEqual(['rows.recordedAfterStatement']);
  });

  it('offers only months that are over, so its choices always make a plausible statement', () => {
    const choices = statementMonthChoices('2025-06-10', '2026-03-01');
    expect(choices[0]).toBe('2026-02');
    expect(choices).not.toContain('2026-03');
  });
});
