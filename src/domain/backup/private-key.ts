/**
 * Whether a stored value holds a private key: a JWK with its private part `d`, or a WebCrypto key
 * object (which has no JSON form). Such values never go into a backup, whatever table they sit in.
 */
export function holdsPrivateKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 8) return false;
  if (Object.prototype.toString.call(value) === '[object CryptoKey]') return true;
  const record = value as Record<string, unknown>;
  if (typeof record.kty === 'string' && record.d !== undefined) return true;
  return Object.values(record).some((v) => holdsPrivateKey(v, depth + 1));
}
