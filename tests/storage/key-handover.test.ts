import { describe, expect, it } from 'vitest';
import { signHandover, signStatement, statementJson, verifyStatement } from '../../src/domain/statement';
import { keepHandover } from '../../src/storage/key-handover';
import { deviceKey, KeyringDb } from '../../src/storage/keyring';
import { testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';
import { freshName } from '../support/storage/db';

describe('keeping a handover on the new phone', () => {
  it('keeps a chain that ends at this phone’s key, and signs statements with it, after a restart too', async () => {
    const name = freshName();
    const oldPhone = await testSigner();
    const newPhone = await deviceKey(new KeyringDb(name));
    const chain = (await signHandover(oldPhone, newPhone.signer.publicKey, new Date())) ?? [];
    const kept = await keepHandover(new KeyringDb(name), chain);
    expect(kept.ok).toBe(true);

    // The app opens again: the stored key brings its chain, and its statements carry it.
    const reopened = await deviceKey(new KeyringDb(name));
    expect(reopened.signer.handovers).toEqual(chain);
    const file = await signStatement(tinyStatement(), reopened.signer);
    expect(file.signature.handovers).toEqual(chain);
    const result = await verifyStatement(statementJson(file), {
      expectedFingerprint:
        (await verifyStatement(statementJson(await signStatement(tinyStatement(), oldPhone)))).fingerprint ??
        '',
    });
    expect(result).toMatchObject({ verdict: 'genuine', fingerprintMatches: true });
  });

  it('refuses a chain for another phone, and one whose signature is not the old key’s, keeping nothing', async () => {
    const keyring = new KeyringDb(freshName());
    const own = await deviceKey(keyring);
    const [oldPhone, elsewhere] = await Promise.all([testSigner(), testSigner()]);
    const forOther = (await signHandover(oldPhone, elsewhere.publicKey, new Date())) ?? [];
    expect(await keepHandover(keyring, forOther)).toEqual({
      ok: false,
      errors: [{ code: 'keyring.handoverNotForThisDevice' }],
    });
    const [link] = (await signHandover(oldPhone, own.signer.publicKey, new Date())) ?? [];
    if (!link) throw new Error('no link');
    const forged = [{ ...link, value: forOther[0]?.value ?? '' }];
    expect(await keepHandover(keyring, forged)).toEqual({
      ok: false,
      errors: [{ code: 'keyring.handoverInvalid' }],
    });
    const [stored] = await keyring.keys.toArray();
    expect(stored?.handovers).toBeUndefined();
  });
});
