import { describe, expect, it } from 'vitest';
import type { Book } from '../../src/domain/model';
import { officerCapacity, type OfficerInputs } from '../../src/features/verify/officer-capacity';
import { withRegisteredKey } from '../../src/features/verify/registered-key';
import { amountFromDigits, parsePercent, percentText } from '../../src/features/statement/numbers';
import { initialDraft, readDraft } from '../../src/features/statement/statement-draft';
import {
  generateSigningKeyPair,
  signerFromKeyPair,
  signStatement,
  statementJson,
  verifyStatement,
  type StatementVerification,
} from '../../src/domain/statement';
import { tinyStatement } from '../support/domain/tiny-book';

const BOOK: Book = {
  id: 'b',
  name: 'Warung Maria',
  owner: 'Maria Goreti',
  memberNumber: 'KD-0417',
  cooperative: 'Kopdit Pintu Air',
  branch: 'Maumere',
  businessType: 'Kios',
  address: '',
  phone: '',
  timeZone: 'Asia/Makassar',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the member’s statement choices', () => {
  it('start from the last six complete months, the book’s details, the default H and I and 60%', () => {
    const draft = initialDraft(BOOK, '2026-07-05', '2025-11-20');
    expect(draft).toMatchObject({
      fromMonth: '2026-01',
      toMonth: '2026-06',
      ratio: '60',
      includeNotes: true,
    });
    expect(draft.identity).toEqual({
      owner: 'Maria Goreti',
      memberNumber: 'KD-0417',
      cooperative: 'Kopdit Pintu Air',
      branch: 'Maumere',
    });
    const read = readDraft(draft);
    expect(read.ok && read.choices).toMatchObject({
      from: '2026-01-01',
      to: '2026-06-30',
      householdCosts: undefined,
      existingInstalments: undefined,
      ratio: 0.6,
      omitNotes: false,
    });
  });

  it('read stated H and I, and refuse months out of order and a ratio outside 0–100%', () => {
    const draft = {
      ...initialDraft(BOOK, '2026-07-05', '2025-11-20'),
      householdCosts: '750000',
      ratio: '62,5',
    };
    const read = readDraft(draft);
    expect(read.ok && read.choices).toMatchObject({ householdCosts: 750_000, ratio: 0.625 });
    const wrong = readDraft({ ...draft, fromMonth: '2026-06', toMonth: '2026-01', ratio: '120' });
    expect(wrong.ok ? {} : wrong.errors).toEqual({
      period: 'statement.error.period',
      ratio: 'statement.error.ratio',
    });
  });

  it('refuse a lookalike member number and take a full-width one as typed', () => {
    const draft = initialDraft(BOOK, '2026-07-05', '2025-11-20');
    for (const memberNumber of ['KD\u20110417', '\u041aD-0417', 'KD 0417']) {
      const read = readDraft({ ...draft, identity: { ...draft.identity, memberNumber } });
      expect(read.ok ? {} : read.errors, memberNumber).toEqual({
        memberNumber: 'error.book.memberNumberInvalid',
      });
    }
    const wide = readDraft({ ...draft, identity: { ...draft.identity, memberNumber: '\uff2b\uff24-0417' } });
    expect(wide.ok).toBe(true);
  });

  it('parse percentages and amounts as people type them', () => {
    expect(['60', '60%', ' 62,5 ', '1.5', '0', '100'].map((t) => parsePercent(t))).toEqual([
      0.6, 0.6, 0.625, 0.015, 0, 1,
    ]);
    expect(['', 'abc', '101', '-5', '1,2345'].map((t) => parsePercent(t))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect([percentText(0.6), percentText(0.625)]).toEqual(['60', '62,5']);
    expect([amountFromDigits(''), amountFromDigits('250000'), amountFromDigits('99999999999999999')]).toEqual(
      [undefined, 250_000, null],
    );
  });
});

describe('the officer’s calculator', () => {
  const statement = tinyStatement();
  const inputs: OfficerInputs = {
    ratio: '60',
    householdCosts: '0',
    existingInstalments: '0',
    amount: '',
    months: '12',
    monthlyRate: '1,5',
  };

  it('recomputes RPC with the officer’s figures and judges a loan once it is complete', () => {
    expect(officerCapacity(statement, inputs)).toEqual({
      averageNetProfit: 850_000,
      rpc: 510_000,
      loan: null,
      invalid: [],
    });
    const loan = officerCapacity(statement, { ...inputs, householdCosts: '250000', amount: '3000000' });
    expect(loan.rpc).toBe(360_000);
    expect(loan.loan).toEqual({ instalment: 295_000, fits: true, headroom: 65_000 });
  });

  it('names the fields it cannot read instead of guessing', () => {
    const result = officerCapacity(statement, {
      ...inputs,
      ratio: 'x',
      amount: '0',
      months: '0',
      monthlyRate: '?',
    });
    expect(result.rpc).toBeNull();
    expect(result.loan).toBeNull();
    expect(result.invalid.sort()).toEqual(['amount', 'monthlyRate', 'months', 'ratio']);
  });
});

describe('a registered fingerprint', () => {
  it('keeps a statement from the member’s own device genuine and makes one from another device altered', async () => {
    const signer = await signerFromKeyPair(await generateSigningKeyPair());
    const json = statementJson(await signStatement(tinyStatement(), signer));
    const checked: StatementVerification = await verifyStatement(json);
    expect(withRegisteredKey(checked, checked.fingerprint)).toMatchObject({
      verdict: 'genuine',
      fingerprintMatches: true,
    });
    const other = withRegisteredKey(checked, 'ABCD-EFGH-IJKL-MNOP');
    expect(other).toMatchObject({ verdict: 'altered', fingerprintMatches: false });
    expect(other.problems).toEqual([
      {
        code: 'fingerprint.mismatch',
        params: { expected: 'ABCD-EFGH-IJKL-MNOP', actual: checked.fingerprint },
      },
    ]);
    expect(withRegisteredKey(checked, null)).toBe(checked);
    // The officer's registry and `verify --fingerprint` come to the same verdict, word for word.
    expect(other).toEqual(await verifyStatement(json, { expectedFingerprint: 'ABCD-EFGH-IJKL-MNOP' }));
  });
});
