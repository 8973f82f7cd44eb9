import { Dexie, type Table } from 'dexie';
import { isTooLong, MEMBER_NUMBER_MAX_LENGTH, REGISTERED_NAME_MAX_LENGTH } from '../domain/limits';
import type { CryptoKeyLike } from '../domain/platform';
import { fail, ok, type Problem, type Result } from '../domain/result';
import {
  fingerprintOf,
  generateSigningKeyPair,
  normalizeFingerprint,
  signerFromKeyPair,
  type KeyHandover,
  type PublicJwk,
  type StatementSigner,
} from '../domain/statement';
import { isMemberNumber, memberNumberKey } from '../domain/member-number';
import { canonicalText } from '../domain/text';

/** This device's signing key as stored: a non-extractable private key, its public JWK and its handovers. */
export interface StoredKey {
  id: 'device';
  privateKey: CryptoKeyLike;
  publicKey: PublicJwk;
  fingerprint: string;
  createdAt: string;
  /** The handovers from earlier phones' keys to this one (absent on a first phone). */
  handovers?: KeyHandover[];
}

/** An officer's record that a member's statements are signed by the device with this fingerprint. */
export interface RegisteredMember {
  /** The member number as it is matched: `memberNumberKey` (canonical, upper case). */
  key: string;
  /** The member number as first written, in canonical form. */
  memberNumber: string;
  fingerprint: string;
  /** The owner or business named on the statement it was registered from. */
  name: string;
  registeredAt: string;
}

/**
 * A small database of its own, apart from the books, so a backup of the books can never hold the
 * signing key: this device's key and the officer's registry of members' fingerprints.
 */
export class KeyringDb extends Dexie {
  declare keys: Table<StoredKey, string>;
  declare members: Table<RegisteredMember, string>;

  constructor(name = 'lumbung-keyring') {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ keys: 'id', members: 'key' });
  }
}

/** The device's signing key: the signer, its fingerprint, and whether it is kept or lasts this session only. */
export interface DeviceKey {
  signer: StatementSigner;
  fingerprint: string;
  /** False when the browser would not store the key (e.g. a private window): it dies with the session. */
  persisted: boolean;
}

let shared: KeyringDb | undefined;
const loading = new WeakMap<KeyringDb, Promise<DeviceKey>>();

/** The app's keyring database (opened on first use). */
export const defaultKeyring = (): KeyringDb => (shared ??= new KeyringDb());

/** Generates a non-extractable key, then keeps whichever key is stored first (another tab may race). */
async function loadOrStore(keyring: KeyringDb): Promise<DeviceKey> {
  const stored = await keyring.keys.get('device');
  if (stored) return fromStored(stored);
  const pair = await generateSigningKeyPair(false);
  const signer = await signerFromKeyPair(pair);
  const fresh: StoredKey = {
    id: 'device',
    privateKey: pair.privateKey,
    publicKey: signer.publicKey,
    fingerprint: await fingerprintOf(signer.publicKey),
    createdAt: new Date().toISOString(),
  };
  const kept = await keyring.transaction('rw', keyring.keys, async () => {
    const first = await keyring.keys.get('device');
    if (first) return first;
    await keyring.keys.add(fresh);
    return fresh;
  });
  return fromStored(kept);
}

const fromStored = (key: StoredKey): DeviceKey => ({
  signer: {
    privateKey: key.privateKey,
    publicKey: key.publicKey,
    ...(key.handovers ? { handovers: key.handovers } : {}),
  },
  fingerprint: key.fingerprint,
  persisted: true,
});

/** A key for this session alone, when the browser will not store one. */
async function sessionKey(): Promise<DeviceKey> {
  const signer = await signerFromKeyPair(await generateSigningKeyPair(false));
  return { signer, fingerprint: await fingerprintOf(signer.publicKey), persisted: false };
}

/**
 * This device's signing key (ECDSA P-256), made on first use as a non-extractable key and kept in
 * the keyring. Where it cannot be kept, a key for this session only (`persisted: false`).
 */
export function deviceKey(keyring: KeyringDb = defaultKeyring()): Promise<DeviceKey> {
  let key = loading.get(keyring);
  if (!key) {
    key = loadOrStore(keyring).catch(() => sessionKey());
    loading.set(keyring, key);
  }
  return key;
}

/** A member number as it is matched; the same key registrations were always stored under. */
export const memberKey = memberNumberKey;

/** Makes the next `deviceKey` read the stored key again (after its handovers changed). */
export const reloadDeviceKey = (keyring: KeyringDb): void => void loading.delete(keyring);

/** Codes a registration can be refused with; messages live in the i18n catalogue. */
export const KEYRING_ERROR_CODES = [
  'keyring.memberRequired',
  'keyring.memberTooLong',
  'keyring.memberInvalid',
  'keyring.fingerprintInvalid',
] as const;

/** Records (or replaces) the fingerprint registered for a member number. */
export async function registerMember(
  keyring: KeyringDb,
  input: { memberNumber: string; fingerprint: string; name: string },
): Promise<Result<RegisteredMember, Problem>> {
  const key = memberKey(input.memberNumber);
  const fingerprint = normalizeFingerprint(input.fingerprint);
  if (key === '') return fail({ code: 'keyring.memberRequired' });
  if (isTooLong(key, MEMBER_NUMBER_MAX_LENGTH))
    return fail({ code: 'keyring.memberTooLong', params: { max: MEMBER_NUMBER_MAX_LENGTH } });
  if (!isMemberNumber(canonicalText(input.memberNumber))) return fail({ code: 'keyring.memberInvalid' });
  if (fingerprint === null) return fail({ code: 'keyring.fingerprintInvalid' });
  const member: RegisteredMember = {
    key,
    memberNumber: canonicalText(input.memberNumber),
    fingerprint,
    name: [...canonicalText(input.name)].slice(0, REGISTERED_NAME_MAX_LENGTH).join(''),
    registeredAt: new Date().toISOString(),
  };
  await keyring.members.put(member);
  return ok(member);
}

/** The registration of a member number, or undefined. */
export const findMember = (
  keyring: KeyringDb,
  memberNumber: string,
): Promise<RegisteredMember | undefined> =>
  memberKey(memberNumber) === '' ? Promise.resolve(undefined) : keyring.members.get(memberKey(memberNumber));

/** Every registered member, by member number. */
export const listMembers = (keyring: KeyringDb): Promise<RegisteredMember[]> =>
  keyring.members.orderBy('key').toArray();

/** Removes a member's registration. */
export const forgetMember = (keyring: KeyringDb, key: string): Promise<void> => keyring.members.delete(key);
