import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/domain/canonical';
import { signEs256, utf8 } from '../../src/domain/platform';
import {
  buildQrSummary,
  fingerprintOf,
  fromBase64url,
  statementCode,
  toBase64url,
  verifyQrSummary,
  type StatementSigner,
} from '../../src/domain/statement';
import { testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

const statement = tinyStatement();
let signer: StatementSigner;
let other: StatementSigner;
let qr: string;

beforeAll(async () => {
  [signer, other] = await Promise.all([testSigner(), testSigner()]);
  qr = await buildQrSummary(statement, await statementCode(statement), signer);
});

/** The summary JSON of the middle part of QR text. */
const decodeSummary = (body: string): Record<string, unknown> =>
  JSON.parse(new TextDecoder().decode(fromBase64url(body) ?? new Uint8Array())) as Record<string, unknown>;

/** QR text whose summary JSON was rewritten by `edit`, keeping the original signature. */
function rewritten(edit: (summary: Record<string, unknown>) => void): string {
  const [prefix, body, signature] = qr.split('.');
  const summary = decodeSummary(body ?? '');
  edit(summary);
  return [prefix, toBase64url(utf8(canonicalJson(summary))), signature].join('.');
}

describe('the signed QR summary', () => {
  it('is LMB1.<summary>.<signature> and verifies on its own, with the key it carries', async () => {
    expect(qr).toMatch(/^LMB1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    const result = await verifyQrSummary(qr);
    expect(result).toEqual({
      verdict: 'genuine',
      signatureValid: true,
      fingerprint: result.summary?.fingerprint,
      fingerprintMatches: null,
      handover: null,
      problems: [],
      summary: {
        id: statement.id,
        code: await statementCode(statement),
        period: statement.period,
        revenue: 1_250_000,
        netProfit: 850_000,
        closingBalance: 850_000,
        fingerprint: result.fingerprint,
        memberNumber: statement.business.memberNumber,
      },
    });
  });

  it('verifies against the member’s registered fingerprint, and refuses another', async () => {
    const own = await fingerprintOf(signer.publicKey);
    expect(await verifyQrSummary(qr, { expectedFingerprint: own })).toMatchObject({
      verdict: 'genuine',
      fingerprintMatches: true,
    });
    const wrong = await verifyQrSummary(qr, { expectedFingerprint: await fingerprintOf(other.publicKey) });
    expect(wrong).toMatchObject({ verdict: 'altered', fingerprintMatches: false });
    expect(wrong.problems.map((p) => p.code)).toEqual(['fingerprint.mismatch']);
  });

  it('catches a changed figure', async () => {
    const result = await verifyQrSummary(rewritten((s) => (s.n = 9_999_999)));
    expect(result.verdict).toBe('altered');
    expect(result.problems.map((p) => p.code)).toEqual(['signature.invalid']);
  });

  it('catches a summary signed by another key that claims the member’s fingerprint', async () => {
    const claimed = (await verifyQrSummary(qr)).fingerprint;
    const forged = await buildQrSummary(statement, await statementCode(statement), other);
    const summary = decodeSummary(forged.split('.')[1] ?? '');
    summary.k = claimed;
    const bytes = utf8(canonicalJson(summary));
    const text = `LMB1.${toBase64url(bytes)}.${toBase64url(await signEs256(other.privateKey, bytes))}`;
    const result = await verifyQrSummary(text);
    expect(result.verdict).toBe('altered');
    expect(result.problems.map((p) => p.code)).toEqual(['fingerprint.stated']);
  });

  it('finds other text unreadable', async () => {
    for (const text of ['', 'hello', 'LMB1.abc.def', qr.replace('LMB1', 'LMB2'), `${qr}.x`])
      expect((await verifyQrSummary(text)).verdict).toBe('unreadable');
  });
});
