import { beforeAll, describe, expect, it } from 'vitest';
import { createBookChange, updateBookChange } from '../../src/domain/changes/book';
import { memberNumberKey } from '../../src/domain/member-number';
import {
  buildStatement,
  signStatement,
  statementJson,
  verifyStatement,
  type Statement,
  type StatementSigner,
} from '../../src/domain/statement';
import { testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

/** Member numbers that look like KD-0042 on a phone screen but are other text. */
const LOOKALIKES: ReadonlyArray<[string, string]> = [
  ['a non-breaking hyphen U+2011', 'KD\u20110042'],
  ['a hyphen U+2010', 'KD\u20100042'],
  ['a zero-width space', 'KD-00\u200b42'],
  ['a Cyrillic К', '\u041aD-0042'],
  ['full-width letters', '\uff2b\uff24-0042'],
];

let signer: StatementSigner;
beforeAll(async () => {
  signer = await testSigner();
});

/** The tiny statement with its business changed after it was built, signed by the member's own key. */
async function signedWith(business: Partial<Statement['business']>): Promise<string> {
  const statement = tinyStatement({ memberNumber: 'KD-0042' });
  return statementJson(
    await signStatement({ ...statement, business: { ...statement.business, ...business } }, signer),
  );
}

const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe('a statement’s identity', () => {
  it('is genuine with a plain member number', async () => {
    expect((await verifyStatement(await signedWith({}))).verdict).toBe('genuine');
  });

  it.each(LOOKALIKES)(
    'is altered when the member number has %s, with one plain reason',
    async (_, number) => {
      const result = await verifyStatement(await signedWith({ memberNumber: number }));
      expect(result.verdict).toBe('altered');
      expect(result.signatureValid).toBe(true);
      expect(result.figuresConsistent).toBe(true);
      const identity = result.problems.filter((p) => p.code.startsWith('identity.'));
      expect(identity).toHaveLength(1);
      expect(identity[0]?.params).toMatchObject({ field: 'memberNumber', value: number });
    },
  );

  it('names the characters that give a lookalike away', async () => {
    const result = await verifyStatement(await signedWith({ memberNumber: 'KD\u20110042' }));
    expect(result.problems).toContainEqual(
      expect.objectContaining({ params: expect.objectContaining({ characters: 'U+2011' }) }),
    );
  });

  it('is altered when a name carries a zero-width space or full-width letters', async () => {
    for (const business of [{ owner: 'Yo\u200bhana' }, { name: 'Ｔｏｋｏ Kecil' }, { branch: ' Maumere' }]) {
      const result = await verifyStatement(await signedWith(business));
      expect(result.verdict).toBe('altered');
      expect(codes(result)).toEqual(['identity.notCanonical']);
    }
  });
});

describe('making a statement', () => {
  it('writes the identity canonical even when the book kept it otherwise', async () => {
    const statement = tinyStatement({ memberNumber: '\uff2b\uff24-00\u200b42', owner: 'Yo\u200bhana  ' });
    expect(statement.business).toMatchObject({ memberNumber: 'KD-0042', owner: 'Yohana' });
    const file = statementJson(await signStatement(statement, signer));
    expect((await verifyStatement(file)).verdict).toBe('genuine');
  });

  it('refuses a member number that is no member number, whatever its form', () => {
    for (const number of ['KD\u20110042', '\u041aD-0042', '-42', 'KD 0042']) {
      const statement = tinyStatement();
      const built = buildStatement({
        book: { ...statement.business, businessType: 'Tenun', memberNumber: number },
        period: statement.period,
        entries: [],
        transfers: [],
        categories: [],
        accounts: [],
        now: new Date('2026-03-02T00:00:00.000Z'),
        appVersion: 'test',
      });
      expect(built.ok ? [] : built.errors, number).toEqual([{ code: 'book.memberNumberInvalid' }]);
    }
  });
});

describe('a book’s member number', () => {
  const fields = {
    name: 'Toko Kecil',
    owner: 'Yohana',
    cooperative: '',
    branch: '',
    businessType: '',
    address: '',
    phone: '',
    timeZone: 'Asia/Makassar',
  };
  let n = 0;
  const newId = () => `id-${++n}`;
  const at = '2026-03-01T00:00:00.000Z';

  it.each(LOOKALIKES.filter(([, number]) => /[\u2010\u2011\u041a]/.test(number)))(
    'is refused with %s',
    (_, number) => {
      const made = createBookChange({ ...fields, memberNumber: number }, at, newId);
      expect(made.ok ? [] : made.errors).toEqual([{ code: 'book.memberNumberInvalid' }]);
    },
  );

  it('is stored canonical when typed with invisible or full-width characters', () => {
    const made = createBookChange({ ...fields, memberNumber: ' \uff2b\uff24-00\u200b42 ' }, at, newId);
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    expect(made.value.value.memberNumber).toBe('KD-0042');
    const updated = updateBookChange(made.value.value, { owner: 'Yo\u200bhana', memberNumber: 'kd/7.1' }, at);
    if (!updated.ok) throw new Error(JSON.stringify(updated.errors));
    expect(updated.value.value).toMatchObject({ owner: 'Yohana', memberNumber: 'kd/7.1' });
  });

  it('matches the registry’s key for every lookalike that canonicalises to the real number', () => {
    expect(memberNumberKey('\uff2b\uff24-00\u200b42')).toBe('KD-0042');
    expect(memberNumberKey('kd-0042')).toBe('KD-0042');
    expect(memberNumberKey('KD\u20110042')).not.toBe('KD-0042');
  });
});
