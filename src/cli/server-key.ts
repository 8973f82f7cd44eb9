import { readFile } from 'node:fs/promises';
import { fingerprintOf, normalizeFingerprint, publicJwkSchema } from '../domain/statement';
import { parseStrictJson } from '../domain/strict-json';

/**
 * The fingerprint of the cooperative server's receipt key from `--server-key`: the fingerprint
 * itself, or a file holding the key as a JWK or as the server's own answer `{ jwk, fingerprint }`
 * (GET /api/v1/server-key). Null when it is neither.
 */
export async function serverKeyFingerprint(value: string): Promise<string | null> {
  const typed = normalizeFingerprint(value);
  if (typed !== null) return typed;
  const text = await readFile(value, 'utf8').catch(() => null);
  const parsed = text === null ? null : parseStrictJson(text);
  if (parsed === null || !parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return null;
  const held = parsed.value as Record<string, unknown>;
  const jwk = publicJwkSchema.safeParse('jwk' in held ? held.jwk : held);
  return jwk.success ? fingerprintOf(jwk.data) : null;
}
