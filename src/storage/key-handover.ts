import { checkHandovers, sameKey, type KeyHandover } from '../domain/statement';
import { fail, ok, type Problem, type Result } from '../domain/result';
import { deviceKey, reloadDeviceKey, type DeviceKey, type KeyringDb } from './keyring';

/** Codes keeping a handover can be refused with; messages live in the i18n catalogue. */
export const HANDOVER_ERROR_CODES = [
  'keyring.handoverSessionKey',
  'keyring.handoverNotForThisDevice',
  'keyring.handoverInvalid',
] as const;

/**
 * Keeps a handover chain signed by the member's old phone on this (new) phone, so its statements
 * carry it: the chain must end at this device's stored key and every link must verify. Replaces
 * any chain kept before.
 */
export async function keepHandover(
  keyring: KeyringDb,
  chain: KeyHandover[],
): Promise<Result<DeviceKey, Problem>> {
  const key = await deviceKey(keyring);
  if (!key.persisted) return fail({ code: 'keyring.handoverSessionKey' });
  const last = chain.at(-1);
  if (!last || !sameKey(last.to, key.signer.publicKey))
    return fail({ code: 'keyring.handoverNotForThisDevice' });
  // Checked before the transaction opens: verifying signatures is not work for inside it.
  if (!(await checkHandovers(chain, key.signer.publicKey)).valid)
    return fail({ code: 'keyring.handoverInvalid' });
  const kept = await keyring.transaction('rw', keyring.keys, async () => {
    const stored = await keyring.keys.get('device');
    if (!stored || !sameKey(stored.publicKey, key.signer.publicKey)) return false;
    await keyring.keys.put({ ...stored, handovers: chain });
    return true;
  });
  if (!kept) return fail({ code: 'keyring.handoverNotForThisDevice' });
  reloadDeviceKey(keyring);
  return ok(await deviceKey(keyring));
}
