import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/domain/canonical';
import { signEs256, utf8 } from '../../src/domain/platform';
import {
  buildQrSummary,
  deviceKeyText,
  fingerprintOf,
  readDeviceKeyText,
  readHandoverText,
  handoverText,
  signHandover,
  signStatement,
  statementCode,
  statementJson,
  toBase64url,
  verifyQrSummary,
  verifyStatement,
  type KeyHandover,
  type StatementSigner,
} from '../../src/domain/statement';
import { testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

const statement = tinyStatement();
const AT = new Date('2026-03-02T03:00:00.000Z');
// The old phone (registered at the branch), the new phone, and a stranger's phone.
let oldPhone: StatementSigner;
let newPhone: StatementSigner;
let stranger: StatementSigner;
let chain: KeyHandover[];
let registered: string;

beforeAll(async () => {
  [oldPhone, newPhone, stranger] = await Promise.all([testSigner(), testSigner(), testSigner()]);
  chain = (await signHandover(oldPhone, newPhone.publicKey, AT)) ?? [];
  registered = await fingerprintOf(oldPhone.publicKey);
});

/** The new phone's signer once it keeps `handovers`. */
const handedOver = (handovers: KeyHandover[]): StatementSigner => ({ ...newPhone, handovers });

/** A statement signed by the new phone with `handovers`, checked against the old phone's fingerprint. */
async function verifiedWith(handovers: KeyHandover[]) {
  const file = await signStatement(statement, handedOver(handovers));
  return verifyStatement(statementJson(file), { expectedFingerprint: registered });
}

describe('a key handover to a new phone', () => {
  it('is signed by the old key, and travels as LMBH1 text and the new key as LMBK1 text', async () => {
    expect(chain).toHaveLength(1);
    expect(chain[0]).toMatchObject({
      from: oldPhone.publicKey,
      to: newPhone.publicKey,
      at: AT.toISOString(),
    });
    const keyText = deviceKeyText(newPhone.publicKey);
    expect(keyText).toMatch(/^LMBK1\.[\w-]{43}\.[\w-]{43}$/);
    expect(await readDeviceKeyText(` ${keyText.slice(0, 20)}\n${keyText.slice(20)} `)).toEqual(
      newPhone.publicKey,
    );
    expect(await readDeviceKeyText(keyText.replace('LMBK1', 'LMBK2'))).toBeNull();
    expect(await readDeviceKeyText(`LMBK1.${'A'.repeat(43)}.${'A'.repeat(43)}`)).toBeNull();
    expect(readHandoverText(handoverText(chain))).toEqual(chain);
    expect(readHandoverText('LMBH1.e30')).toBeNull();
    expect(readHandoverText(deviceKeyText(newPhone.publicKey))).toBeNull();
  });

  it('makes the new phone’s statement ASLI for the officer who registered the old phone, and says so', async () => {
    const result = await verifiedWith(chain);
    expect(result).toMatchObject({ verdict: 'genuine', fingerprintMatches: true, problems: [] });
    expect(result.fingerprint).toBe(await fingerprintOf(newPhone.publicKey));
    expect(result.handover).toEqual({
      valid: true,
      problems: [],
      links: [{ from: registered, to: result.fingerprint, at: AT.toISOString() }],
    });
  });

  it('follows a chain over two moves, and the old phone can no longer be handed to itself', async () => {
    const third = await testSigner();
    const twice = (await signHandover(handedOver(chain), third.publicKey, AT)) ?? [];
    expect(twice).toHaveLength(2);
    const file = await signStatement(statement, { ...third, handovers: twice });
    const result = await verifyStatement(statementJson(file), { expectedFingerprint: registered });
    expect(result).toMatchObject({ verdict: 'genuine', fingerprintMatches: true });
    expect(await signHandover(oldPhone, oldPhone.publicKey, AT)).toBeNull();
  });

  it('is DIUBAH when the handover was signed by another key than the registered one it names', async () => {
    const [link] = chain;
    if (!link) throw new Error('no link');
    // The very bytes the old phone would sign, signed by a stranger's key instead.
    const bytes = utf8(
      canonicalJson({ purpose: 'lumbung.handover/1', from: link.from, to: link.to, at: link.at }),
    );
    const forged = { ...link, value: toBase64url(await signEs256(stranger.privateKey, bytes)) };
    const result = await verifiedWith([forged]);
    expect(result.verdict).toBe('altered');
    expect(result.fingerprintMatches).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['handover.invalid', 'fingerprint.mismatch']);
    // Even an officer who registered nobody sees the forgery.
    const file = await signStatement(statement, handedOver([forged]));
    expect((await verifyStatement(statementJson(file))).verdict).toBe('altered');
  });

  it('is DIUBAH when a genuine handover from a stranger’s phone, or to another key, is attached', async () => {
    const fromStranger = (await signHandover(stranger, newPhone.publicKey, AT)) ?? [];
    const viaStranger = await verifiedWith(fromStranger);
    expect(viaStranger.verdict).toBe('altered');
    expect(viaStranger.problems.map((p) => p.code)).toEqual(['fingerprint.mismatch']);
    const elsewhere = (await signHandover(oldPhone, stranger.publicKey, AT)) ?? [];
    const broken = await verifiedWith(elsewhere);
    expect(broken.verdict).toBe('altered');
    expect(broken.problems.map((p) => p.code)).toEqual(['handover.broken', 'fingerprint.mismatch']);
  });

  it('travels in the QR code too, so a printed copy from the new phone checks against the old code', async () => {
    const qr = await buildQrSummary(statement, await statementCode(statement), handedOver(chain));
    const result = await verifyQrSummary(qr, { expectedFingerprint: registered });
    expect(result).toMatchObject({ verdict: 'genuine', fingerprintMatches: true });
    expect(result.handover?.links).toEqual([
      { from: registered, to: await fingerprintOf(newPhone.publicKey), at: AT.toISOString() },
    ]);
    const without = await buildQrSummary(statement, await statementCode(statement), newPhone);
    expect((await verifyQrSummary(without, { expectedFingerprint: registered })).verdict).toBe('altered');
  });
});
