import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * The few Web Platform APIs the domain uses, typed narrowly so that domain/ compiles without the
 * DOM lib and runs unchanged in Node 20 (which has both globals) and in the browser.
 */

/** A WebCrypto key, opaque to the domain (a `CryptoKey` in the browser and in Node 20). */
export interface CryptoKeyLike {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: object;
  readonly usages: readonly string[];
}

/** A WebCrypto key pair, as `generateKey` returns it. */
export interface CryptoKeyPairLike {
  publicKey: CryptoKeyLike;
  privateKey: CryptoKeyLike;
}

/** A JSON Web Key as WebCrypto reads and writes it (only the members the domain touches are named). */
export interface JsonWebKeyLike {
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
  [member: string]: unknown;
}

/** The ECDSA P-256 parameters, for key generation and import. */
const EC_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
/** ECDSA with SHA-256 (ES256), for signing and verifying. */
const ES256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** PBKDF2 with HMAC-SHA-256, for deriving bits from a short secret. */
interface Pbkdf2Params {
  name: 'PBKDF2';
  hash: 'SHA-256';
  salt: Uint8Array;
  iterations: number;
}

/** AES-GCM with a 96-bit IV, the default 128-bit tag, and the data it authenticates unencrypted. */
interface AesGcmParams {
  name: 'AES-GCM';
  iv: Uint8Array;
  additionalData: Uint8Array;
}

interface WebCryptoLike {
  subtle: {
    digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
    generateKey(
      algorithm: typeof EC_P256,
      extractable: boolean,
      usages: string[],
    ): Promise<CryptoKeyPairLike>;
    importKey(
      format: 'jwk',
      key: JsonWebKeyLike,
      algorithm: typeof EC_P256,
      extractable: boolean,
      usages: string[],
    ): Promise<CryptoKeyLike>;
    importKey(
      format: 'raw',
      key: Uint8Array,
      algorithm: 'AES-GCM',
      extractable: boolean,
      usages: string[],
    ): Promise<CryptoKeyLike>;
    importKey(
      format: 'raw',
      key: Uint8Array,
      algorithm: 'PBKDF2',
      extractable: false,
      usages: ['deriveBits'],
    ): Promise<CryptoKeyLike>;
    deriveBits(algorithm: Pbkdf2Params, key: CryptoKeyLike, length: number): Promise<ArrayBuffer>;
    encrypt(algorithm: AesGcmParams, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
    decrypt(algorithm: AesGcmParams, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
    exportKey(format: 'jwk', key: CryptoKeyLike): Promise<JsonWebKeyLike>;
    exportKey(format: 'spki', key: CryptoKeyLike): Promise<ArrayBuffer>;
    sign(algorithm: typeof ES256, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
    verify(
      algorithm: typeof ES256,
      key: CryptoKeyLike,
      signature: Uint8Array,
      data: Uint8Array,
    ): Promise<boolean>;
  };
  randomUUID(): string;
  getRandomValues(array: Uint8Array): Uint8Array;
}

interface TextEncoderLike {
  encode(text: string): Uint8Array;
}

interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}

const platform = globalThis as unknown as {
  crypto: WebCryptoLike;
  TextEncoder: new () => TextEncoderLike;
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => TextDecoderLike;
};

// One encoder for every call: a revision is hashed per saved entry, a hundred thousand in an import.
let encoder: TextEncoderLike | undefined;

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => (encoder ??= new platform.TextEncoder()).encode(text);

/** The text of UTF-8 bytes (a leading BOM dropped), or null when they are not valid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string | null {
  try {
    return new platform.TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** SHA-256 of bytes. */
export async function sha256(data: Uint8Array | string): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  return new Uint8Array(await platform.crypto.subtle.digest('SHA-256', bytes));
}

/** SHA-256 of bytes, as lowercase hex. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  return bytesToHex(await sha256(data));
}

/**
 * SHA-256 of a short text, as lowercase hex, computed here and now. For small inputs hashed many
 * at a time (a revision per saved entry, a hundred thousand in an import): the platform's digest
 * answers each one through another thread, which costs more than hashing a few hundred bytes.
 * Large inputs (files) go to `sha256Hex`.
 */
export const sha256HexSync = (text: string): string => syncSha256Hex(text);

/** The synchronous SHA-256 in use: the portable one, unless the host installed its own. */
let syncSha256Hex = (text: string): string => bytesToHex(nobleSha256(utf8(text)));

/**
 * Makes `sha256HexSync` use the host's own SHA-256 of a text's UTF-8 bytes (the server's
 * `node:crypto`), which must give the same hex for every string, lone surrogates included (each
 * read as U+FFFD, as `utf8` reads it). The app keeps the portable one.
 */
export function installSha256HexSync(hash: (text: string) => string): void {
  syncSha256Hex = hash;
}

/** A new random identifier. */
export const newId = (): string => platform.crypto.randomUUID();

/** Bytes from the platform's cryptographic random source. */
export const randomBytes = (length: number): Uint8Array =>
  platform.crypto.getRandomValues(new Uint8Array(length));

/** Imports a raw AES key (128 or 256 bits) for AES-GCM, never extractable again. */
export const importAesGcmKey = (raw: Uint8Array): Promise<CryptoKeyLike> =>
  platform.crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);

/** AES-GCM encryption: the ciphertext followed by its 16-byte tag. */
export const encryptAesGcm = async (
  key: CryptoKeyLike,
  iv: Uint8Array,
  additionalData: Uint8Array,
  plaintext: Uint8Array,
): Promise<Uint8Array> =>
  new Uint8Array(
    await platform.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plaintext),
  );

/** AES-GCM decryption, or null when the key, the IV, the additional data or a byte of it is wrong. */
export async function decryptAesGcm(
  key: CryptoKeyLike,
  iv: Uint8Array,
  additionalData: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(
      await platform.crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, ciphertext),
    );
  } catch {
    return null;
  }
}

/** A new ECDSA P-256 key pair; the private key is extractable only when asked (the CLI's key file). */
export const generateEcP256KeyPair = (extractable: boolean): Promise<CryptoKeyPairLike> =>
  platform.crypto.subtle.generateKey(EC_P256, extractable, ['sign', 'verify']);

/** Imports an ECDSA P-256 JWK: a private key (with `d`) for signing, a public one for verifying. */
export const importEcP256Jwk = (jwk: JsonWebKeyLike, extractable: boolean): Promise<CryptoKeyLike> =>
  platform.crypto.subtle.importKey(
    'jwk',
    jwk,
    EC_P256,
    extractable,
    jwk.d === undefined ? ['verify'] : ['sign'],
  );

/** Exports a key as a JWK (the key must be extractable; public keys always are). */
export const exportJwk = (key: CryptoKeyLike): Promise<JsonWebKeyLike> =>
  platform.crypto.subtle.exportKey('jwk', key);

/** Exports a public key's SubjectPublicKeyInfo (DER) bytes. */
export const exportSpki = async (key: CryptoKeyLike): Promise<Uint8Array> =>
  new Uint8Array(await platform.crypto.subtle.exportKey('spki', key));

/** Signs bytes with ES256 (ECDSA P-256, SHA-256); the signature is raw r‖s, 64 bytes. */
export const signEs256 = async (privateKey: CryptoKeyLike, data: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await platform.crypto.subtle.sign(ES256, privateKey, data));

/** Checks an ES256 signature (raw r‖s) over bytes. */
export const verifyEs256 = (
  publicKey: CryptoKeyLike,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> => platform.crypto.subtle.verify(ES256, publicKey, signature, data);

/** PBKDF2-HMAC-SHA-256 of a secret: `bytes` derived bytes after `iterations` rounds over `salt`. */
export async function pbkdf2Sha256(
  secret: string,
  salt: Uint8Array,
  iterations: number,
  bytes: number,
): Promise<Uint8Array> {
  const key = await platform.crypto.subtle.importKey('raw', utf8(secret), 'PBKDF2', false, ['deriveBits']);
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations } as const;
  return new Uint8Array(await platform.crypto.subtle.deriveBits(params, key, bytes * 8));
}
