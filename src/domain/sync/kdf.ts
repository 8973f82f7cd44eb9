import { z } from '../zod';

/**
 * Argon2id's settings, written into every wrapped key so a later app can raise them for new keys
 * and still open old ones. The first set is RFC 9106's second recommendation (64 MiB, 3 passes,
 * 4 lanes): small enough for a cheap Android phone with 2 GB of memory, a few seconds once per
 * restore.
 */
export const KDF_V1 = { name: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 } as const;

/** The salt's length in bytes (128 bits, fresh for every wrap). */
export const KDF_SALT_BYTES = 16;

/**
 * The settings a wrapped key may ask for. The upper bounds stop a damaged or hostile record from
 * making the phone run out of memory or work for minutes; the lower ones from weakening the key.
 */
export const kdfParamsSchema = z.strictObject({
  name: z.literal('argon2id'),
  memoryKiB: z
    .int()
    .min(19 * 1024)
    .max(256 * 1024),
  iterations: z.int().min(1).max(10),
  parallelism: z.int().min(1).max(8),
});

/** Argon2id's settings. */
export type KdfParams = z.infer<typeof kdfParamsSchema>;

/**
 * The 256-bit key derived from a secret text and a salt with Argon2id. The WebAssembly build of
 * hash-wasm runs the same in Node and the browser; it is fetched only when a key is derived.
 */
export async function deriveKey(secret: string, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    password: secret,
    salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
}
