import { readFile, writeFile } from 'node:fs/promises';
import { z } from '../domain/zod';
import { exportJwk } from '../domain/platform';
import {
  fingerprintOf,
  generateSigningKeyPair,
  publicJwkSchema,
  signerFromPrivateJwk,
  type StatementSigner,
} from '../domain/statement';

/** The format tag of the CLI's key file. */
export const KEY_FORMAT = 'lumbung.key/1';

/** The key file: the private key as a JWK (with `d`) and, for people, its fingerprint. */
const keyFileSchema = z.object({
  format: z.literal(KEY_FORMAT),
  privateKey: publicJwkSchema.extend({ d: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }).loose(),
  fingerprint: z.string().optional(),
});

/** A key file that could not be used, with a code. */
export class KeyFileError extends Error {
  constructor(
    readonly code: 'key.unreadable' | 'key.invalid',
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

/** Writes a new key file (only if none exists: `wx`), readable by its owner alone. */
async function createKeyFile(path: string): Promise<StatementSigner> {
  const pair = await generateSigningKeyPair(true);
  const jwk = await exportJwk(pair.privateKey);
  const privateKey = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d };
  const signer = await signerFromPrivateJwk(privateKey);
  const file = { format: KEY_FORMAT, privateKey, fingerprint: await fingerprintOf(signer.publicKey) };
  await writeFile(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return signer;
}

/** The signer kept in a key file, made there on first use; `created` tells whether it is new. */
export async function loadOrCreateKey(path: string): Promise<{ signer: StatementSigner; created: boolean }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { signer: await createKeyFile(path), created: true };
    throw new KeyFileError('key.unreadable', path);
  }
  try {
    const parsed = keyFileSchema.parse(JSON.parse(text));
    return { signer: await signerFromPrivateJwk(parsed.privateKey), created: false };
  } catch {
    throw new KeyFileError('key.invalid', path);
  }
}
