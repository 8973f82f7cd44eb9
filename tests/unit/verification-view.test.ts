import { describe, expect, it } from 'vitest';
import {
  capacityMonths,
  defaultCapacityCosts,
  SHOWN_ROWS,
  signStatement,
  statementJson,
  verificationView,
  verifyStatement,
} from '../../src/domain/statement';
import { officerCapacity } from '../../src/features/verify/officer-capacity';
import { busyShopStatement } from '../support/domain/busy-book';
import { testSigner } from '../support/domain/statement-fixture';

describe("the officer's view of a checked busy statement", () => {
  it('gives every row of the checked statement when they are read after its view was made', async () => {
    const statement = busyShopStatement(1_200);
    const verification = await verifyStatement(
      statementJson(await signStatement(statement, await testSigner())),
    );
    expect(verificationView(verification).shown?.entries).toBe(statement.entries.length);
    expect(verification.statement?.entries).toEqual(statement.entries);
    expect(verification.statement?.transfers).toEqual(statement.transfers);
    expect({ ...verification.statement }).toEqual(statement);
  });

  it('keeps the verdict and every figure, sends only the first rows, and counts and sums all of them', async () => {
    const statement = busyShopStatement(1_200);
    const verification = await verifyStatement(
      statementJson(await signStatement(statement, await testSigner())),
    );
    const view = verificationView(verification);
    expect(view.verdict).toBe('genuine');
    expect(view.problems).toEqual(verification.problems);
    expect(view.statementCode).toBe(verification.statementCode);
    const shown = view.statement;
    expect(shown?.entries).toEqual(statement.entries.slice(0, SHOWN_ROWS));
    expect(shown?.profitAndLoss).toEqual(statement.profitAndLoss);
    expect(shown?.months).toEqual(statement.months);
    expect(shown?.repaymentCapacity).toEqual(statement.repaymentCapacity);
    expect(view.shown).toEqual({
      entries: statement.entries.length,
      transfers: statement.transfers.length,
      capacity: capacityMonths(statement),
    });
    // The calculator starts from the same averages and RPC as it would with every row at hand.
    const capacity = view.shown?.capacity ?? [];
    expect(defaultCapacityCosts(capacity)).toEqual(defaultCapacityCosts(statement));
    const inputs = {
      ratio: '60',
      householdCosts: '1500000',
      existingInstalments: '0',
      amount: '5000000',
      months: '12',
      monthlyRate: '1,5',
    };
    expect(officerCapacity(capacity, inputs)).toEqual(officerCapacity(statement, inputs));
    // What crosses from the worker to the page is a small part of the statement.
    expect(JSON.stringify(view).length).toBeLessThan(JSON.stringify(verification).length / 3);
  });

  it('is the verification itself, with nothing shown, when no statement could be read', async () => {
    const verification = await verifyStatement('not json');
    expect(verificationView(verification)).toEqual({ ...verification, shown: null });
  });
});
