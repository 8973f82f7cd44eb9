import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { fingerprintOf, toPublicJwk } from '../src/domain/statement/keys';
import type { PublicJwk } from '../src/domain/statement/schema';
import type { ServerConfig } from './config';

/** The server's secrets: the key that signs receipts and the secret that keys stored hashes. */
export interface ServerKeys {
  receiptKey: CryptoKey;
  receiptPublicJwk: PublicJwk;
  /** The receipt key's fingerprint, in the statement format's form; also the receipts' `iss`. */
  receiptFingerprint: string;
  sessionSecret: Buffer;
}

/** A secret file's text: read when it exists, else made by `create` and written with mode 0600. */
async function secretFile(path: string, create: () => Promise<string> | string): Promise<string> {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const text = await create();
  try {
    // `wx`: a second process starting at the same moment keeps the first one's secret.
    writeFileSync(path, `${text}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(path, 'utf8').trim();
}

async function newReceiptKey(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return JSON.stringify(await exportJWK(privateKey));
}

/** The secrets from the environment, or from the data folder (made there on first start). */
export async function loadKeys(
  config: Pick<ServerConfig, 'dataDir' | 'receiptKey' | 'sessionSecret'>,
): Promise<ServerKeys> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const receiptText =
    config.receiptKey ?? (await secretFile(join(config.dataDir, 'receipt-key.json'), newReceiptKey));
  const secretText =
    config.sessionSecret ??
    (await secretFile(join(config.dataDir, 'session-secret'), () => randomBytes(32).toString('base64url')));
  const jwk = JSON.parse(receiptText) as JWK;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string')
    throw new Error('the receipt key must be a private P-256 JWK');
  const receiptPublicJwk = toPublicJwk(jwk);
  return {
    receiptKey: (await importJWK(jwk, 'ES256')) as CryptoKey,
    receiptPublicJwk,
    receiptFingerprint: await fingerprintOf(receiptPublicJwk),
    sessionSecret: Buffer.from(secretText, 'utf8'),
  };
}
