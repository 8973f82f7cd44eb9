import { beforeAll, describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  signStatement,
  statementCode,
  statementJson,
  verifyStatement,
  type StatementFile,
  type StatementSigner,
} from '../../src/domain/statement';
import { fixtureStatement, testSigner } from '../support/domain/statement-fixture';

const statement = fixtureStatement({ from: '2026-03-01', to: '2026-04-30' });
let signer: StatementSigner;
let other: StatementSigner;
let file: StatementFile;

beforeAll(async () => {
  [signer, other] = await Promise.all([testSigner(), testSigner()]);
  file = await signStatement(statement, signer);
});

/** The signed file, changed by `edit` (on a deep copy), as JSON text. */
function tampered(edit: (copy: StatementFile & Record<string, unknown>) => void): string {
  const copy = structuredClone(file) as StatementFile & Record<string, unknown>;
  edit(copy);
  return statementJson(copy);
}

/** The entry at `index` of a file's statement (the fixture has thousands). */
function entryOf(f: { statement: StatementFile['statement'] }, index: number) {
  const entry = f.statement.entries[index];
  if (!entry) throw new Error(`no entry ${index}`);
  return entry;
}

const codes = (result: { problems: { code: string }[] }) => result.problems.map((p) => p.code);

describe('verifying a statement file', () => {
  it('finds a freshly signed statement genuine, from text and from bytes', async () => {
    const text = statementJson(file);
    for (const input of [text, new TextEncoder().encode(`\uFEFF${text}`)]) {
      const result = await verifyStatement(input);
      expect(result).toMatchObject({
        verdict: 'genuine',
        signatureValid: true,
        figuresConsistent: true,
        fingerprint: await fingerprintOf(signer.publicKey),
        fingerprintMatches: null,
        statementCode: await statementCode(statement),
        problems: [],
      });
      expect(result.statement).toEqual(statement);
    }
  });

  it('shows the fingerprint as four groups of four base32 characters, matching the expected one in any case', async () => {
    expect(file.signature.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    const typed = file.signature.fingerprint.toLowerCase().replace(/-/g, ' ');
    const result = await verifyStatement(statementJson(file), { expectedFingerprint: typed });
    expect(result.verdict).toBe('genuine');
    expect(result.fingerprintMatches).toBe(true);
  });

  it('catches a changed figure: the signature fails and the figure does not recompute', async () => {
    const result = await verifyStatement(tampered((f) => (f.statement.profitAndLoss.netProfit += 1_000_000)));
    expect(result.verdict).toBe('altered');
    expect(result.signatureValid).toBe(false);
    expect(result.figuresConsistent).toBe(false);
    expect(result.problems).toContainEqual({
      code: 'figures.mismatch',
      params: {
        field: 'profitAndLoss.netProfit',
        stated: statement.profitAndLoss.netProfit + 1_000_000,
        computed: statement.profitAndLoss.netProfit,
      },
    });
  });

  it('catches a changed entry and a removed entry', async () => {
    const changed = await verifyStatement(tampered((f) => (entryOf(f, 5).amount += 500)));
    expect(changed.verdict).toBe('altered');
    expect(codes(changed)).toEqual(expect.arrayContaining(['signature.invalid', 'figures.mismatch']));

    const removed = await verifyStatement(tampered((f) => f.statement.entries.splice(3, 1)));
    expect(removed.verdict).toBe('altered');
    expect(codes(removed)).toContain('signature.invalid');

    const note = await verifyStatement(tampered((f) => (entryOf(f, 0).note = 'diubah')));
    expect(note).toMatchObject({ verdict: 'altered', signatureValid: false, figuresConsistent: true });
  });

  it('catches figures changed consistently everywhere by the signature alone', async () => {
    const result = await verifyStatement(
      tampered((f) => {
        f.statement.business.name = 'Toko Lain';
      }),
    );
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: false, figuresConsistent: true });
  });

  it('finds a statement without its signature altered, not genuine', async () => {
    const result = await verifyStatement(tampered((f) => delete (f as Record<string, unknown>).signature));
    expect(result.verdict).toBe('altered');
    expect(codes(result)).toEqual(['signature.missing']);
    expect(result.statement).toEqual(statement);
  });

  it('accepts a statement re-signed with another key, unless the registered fingerprint is given', async () => {
    const resigned = statementJson(await signStatement(statement, other));
    const alone = await verifyStatement(resigned);
    expect(alone.verdict).toBe('genuine');
    expect(alone.fingerprint).not.toBe(file.signature.fingerprint);

    const checked = await verifyStatement(resigned, { expectedFingerprint: file.signature.fingerprint });
    expect(checked).toMatchObject({ verdict: 'altered', signatureValid: true, fingerprintMatches: false });
    expect(codes(checked)).toEqual(['fingerprint.mismatch']);
  });

  it('catches a key swapped under the signature, and a stated fingerprint that is not the key’s', async () => {
    const swapped = await verifyStatement(tampered((f) => (f.signature.publicKey = other.publicKey)));
    expect(swapped.verdict).toBe('altered');
    expect(codes(swapped)).toContain('signature.invalid');

    const otherFingerprint = await fingerprintOf(other.publicKey);
    const stated = await verifyStatement(tampered((f) => (f.signature.fingerprint = otherFingerprint)));
    expect(stated).toMatchObject({ verdict: 'altered', signatureValid: true });
    expect(codes(stated)).toEqual(['fingerprint.stated']);
  });

  it('finds a truncated file unreadable', async () => {
    const text = statementJson(file);
    const result = await verifyStatement(text.slice(0, Math.floor(text.length / 2)));
    expect(result).toMatchObject({
      verdict: 'unreadable',
      statement: null,
      problems: [{ code: 'file.notJson' }],
    });
  });

  it('finds a statement with an extra or a missing field unreadable', async () => {
    const extra = await verifyStatement(
      tampered((f) => ((f.statement as Record<string, unknown>).bonus = 1)),
    );
    expect(extra.verdict).toBe('unreadable');
    expect(extra.problems[0]).toMatchObject({ code: 'schema.invalid', params: { path: 'statement' } });

    const missing = await verifyStatement(
      tampered((f) => delete (f.statement.cashFlow as Record<string, unknown>).investing),
    );
    expect(missing.verdict).toBe('unreadable');
    expect(missing.problems[0]).toMatchObject({
      code: 'schema.invalid',
      params: { path: 'statement.cashFlow.investing' },
    });

    const envelope = await verifyStatement(tampered((f) => (f.comment = 'x')));
    expect(envelope.verdict).toBe('unreadable');
  });

  it('finds a fractional amount, another format and non-statements unreadable', async () => {
    const fraction = await verifyStatement(tampered((f) => (entryOf(f, 0).amount = 10.5)));
    expect(fraction.verdict).toBe('unreadable');
    const format = await verifyStatement(
      tampered((f) => ((f as Record<string, unknown>).format = 'lumbung.statement/9')),
    );
    expect(codes(format)).toEqual(['format.unknown']);
    // A /1 statement relabelled /2 lacks what /2 carries: it is not read as one.
    const relabelled = await verifyStatement(
      tampered((f) => ((f as Record<string, unknown>).format = 'lumbung.statement/2')),
    );
    expect(relabelled.verdict).toBe('unreadable');
    expect(codes(relabelled)).toContain('schema.invalid');
    for (const input of ['', '[]', 'garbage', new Uint8Array([0xff, 0xfe, 0x00]), new Uint8Array()])
      expect((await verifyStatement(input)).verdict).toBe('unreadable');
  });

  it('catches rows the period cannot hold, even when the signature is valid', async () => {
    const outside = structuredClone(statement);
    entryOf({ statement: outside }, 0).date = '2026-05-02';
    const result = await verifyStatement(statementJson(await signStatement(outside, signer)));
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: true, figuresConsistent: false });
    expect(codes(result)).toContain('row.outsidePeriod');
  });

  it('checks the opening balance through the accounts: a dropped or shifted account does not add up', async () => {
    const dropped = structuredClone(statement);
    dropped.cashFlow.accounts.pop();
    const result = await verifyStatement(statementJson(await signStatement(dropped, signer)));
    expect(result).toMatchObject({ verdict: 'altered', signatureValid: true, figuresConsistent: false });
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'figures.mismatch' }));

    const shifted = structuredClone(statement);
    shifted.cashFlow.openingBalance += 1000;
    shifted.cashFlow.closingBalance += 1000;
    for (const month of shifted.months) month.closingBalance += 1000;
    const moved = await verifyStatement(statementJson(await signStatement(shifted, signer)));
    expect(moved.figuresConsistent).toBe(false);
    expect(moved.problems.map((p) => p.params?.field)).toContain('cashFlow.openingBalance');
  });
});
