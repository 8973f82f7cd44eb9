import { describe, expect, it, vi } from 'vitest';
import { signStatement, statementJson, verifyStatement } from '../../src/domain/statement';
import {
  deviceKey,
  findMember,
  forgetMember,
  KeyringDb,
  listMembers,
  registerMember,
} from '../../src/storage/keyring';
import { tinyStatement } from '../support/domain/tiny-book';
import { freshName, unwrap } from '../support/storage/db';

const FINGERPRINT = 'ABCD-EFGH-IJKL-MNOP';

describe('the device key', () => {
  it('is made once, non-extractable, and is the same key when the app opens again', async () => {
    const name = freshName();
    const first = await deviceKey(new KeyringDb(name));
    expect(first.persisted).toBe(true);
    expect(first.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    expect(first.signer.privateKey.extractable).toBe(false);

    // A new connection (the app restarted) finds the stored key rather than making another.
    const keyring = new KeyringDb(name);
    const again = await deviceKey(keyring);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(again.signer.publicKey).toEqual(first.signer.publicKey);
    expect(await keyring.keys.count()).toBe(1);
    const [stored] = await keyring.keys.toArray();
    expect(stored?.privateKey.extractable).toBe(false);
    expect(stored && 'd' in stored.publicKey).toBe(false);

    // The stored key signs statements that verify with the same fingerprint.
    const file = await signStatement(tinyStatement(), again.signer);
    const result = await verifyStatement(statementJson(file));
    expect(result).toMatchObject({ verdict: 'genuine', fingerprint: first.fingerprint });
  });

  it('is made once when two parts of the app ask at the same moment', async () => {
    const keyring = new KeyringDb(freshName());
    const [a, b] = await Promise.all([deviceKey(keyring), deviceKey(new KeyringDb(keyring.name))]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(await keyring.keys.count()).toBe(1);
  });

  it('lasts the session only when the browser will not store it, and says so', async () => {
    const keyring = new KeyringDb(freshName());
    vi.spyOn(keyring.keys, 'get').mockRejectedValue(new Error('private mode'));
    const key = await deviceKey(keyring);
    expect(key.persisted).toBe(false);
    expect(key.signer.privateKey.extractable).toBe(false);
    // The same session key for the rest of the session.
    expect((await deviceKey(keyring)).fingerprint).toBe(key.fingerprint);
    vi.restoreAllMocks();
  });
});

describe('the officer’s registry of members’ fingerprints', () => {
  it('saves a member’s fingerprint once and finds it again however the number is typed', async () => {
    const keyring = new KeyringDb(freshName());
    expect(await findMember(keyring, 'KD-0417')).toBeUndefined();
    const saved = unwrap(
      await registerMember(keyring, {
        memberNumber: ' kd-0417 ',
        fingerprint: 'abcd efgh ijkl mnop',
        name: 'Maria Goreti',
      }),
    );
    expect(saved).toMatchObject({ key: 'KD-0417', memberNumber: 'kd-0417', fingerprint: FINGERPRINT });
    expect(await findMember(keyring, 'KD-0417')).toMatchObject({ fingerprint: FINGERPRINT });
    expect(await findMember(keyring, 'KD-0418')).toBeUndefined();
    expect(await findMember(keyring, '  ')).toBeUndefined();

    // A member who changed phones is registered again with the new fingerprint.
    unwrap(
      await registerMember(keyring, {
        memberNumber: 'KD-0417',
        fingerprint: 'QRST-UVWX-YZ23-4567',
        name: '',
      }),
    );
    expect((await listMembers(keyring)).map((m) => m.fingerprint)).toEqual(['QRST-UVWX-YZ23-4567']);
    await forgetMember(keyring, 'KD-0417');
    expect(await listMembers(keyring)).toEqual([]);
  });

  it('refuses an empty member number and a malformed fingerprint', async () => {
    const keyring = new KeyringDb(freshName());
    const empty = await registerMember(keyring, { memberNumber: ' ', fingerprint: FINGERPRINT, name: '' });
    const bad = await registerMember(keyring, { memberNumber: '17', fingerprint: 'ABCD-1234', name: '' });
    expect(empty.ok ? [] : empty.errors).toEqual([{ code: 'keyring.memberRequired' }]);
    expect(bad.ok ? [] : bad.errors).toEqual([{ code: 'keyring.fingerprintInvalid' }]);
    expect(await listMembers(keyring)).toEqual([]);
  });

  it('refuses a lookalike member number and keeps the number canonical', async () => {
    const keyring = new KeyringDb(freshName());
    for (const memberNumber of ['KD\u20110417', 'KD\u20100417', '\u041aD-0417']) {
      const refused = await registerMember(keyring, { memberNumber, fingerprint: FINGERPRINT, name: '' });
      expect(refused.ok ? [] : refused.errors, memberNumber).toEqual([{ code: 'keyring.memberInvalid' }]);
    }
    expect(await listMembers(keyring)).toEqual([]);
    const saved = unwrap(
      await registerMember(keyring, {
        memberNumber: '\uff2b\uff24-04\u200b17',
        fingerprint: FINGERPRINT,
        name: '',
      }),
    );
    expect(saved).toMatchObject({ key: 'KD-0417', memberNumber: 'KD-0417' });
    expect(await findMember(keyring, 'KD\u20110417')).toBeUndefined();
    expect(await findMember(keyring, '\u041aD-0417')).toBeUndefined();
  });

  it('still finds a registration stored before member numbers were checked', async () => {
    const keyring = new KeyringDb(freshName());
    // As an earlier version stored it: keyed by the case-folded name key in upper case.
    await keyring.members.put({
      key: 'KSP/12.A-7',
      memberNumber: 'ksp/12.a-7',
      fingerprint: FINGERPRINT,
      name: 'Maria',
      registeredAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await findMember(keyring, 'KSP/12.a-7')).toMatchObject({ fingerprint: FINGERPRINT });
    expect(await findMember(keyring, '\uff2b\uff33\uff30/12.A-7')).toMatchObject({
      fingerprint: FINGERPRINT,
    });
  });
});
