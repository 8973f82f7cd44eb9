import { z } from '../zod';

/** The largest ciphertext of one revision, decoded, in bytes. */
export const MAX_CIPHERTEXT_BYTES = 64 * 1024;
/** The most revisions one push may carry. */
export const MAX_PUSH_REVISIONS = 500;
/** The largest push body, in bytes of JSON. */
export const MAX_PUSH_BYTES = 4 * 1024 * 1024;
/** The longest receipt (a compact JWS) a phone takes from the server. */
export const MAX_RECEIPT_CHARS = 4096;

const hash = z.string().regex(/^[0-9a-f]{64}$/);
// Base64url text of at most MAX_CIPHERTEXT_BYTES bytes is at most this many characters.
const MAX_CIPHERTEXT_CHARS = Math.ceil((MAX_CIPHERTEXT_BYTES * 4) / 3);

/** One encrypted revision as it travels: where it sits in the chain, and its sealed content. */
export const wireRevisionSchema = z.strictObject({
  seq: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
  prevHash: hash.nullable(),
  hash,
  ciphertext: z
    .string()
    .max(MAX_CIPHERTEXT_CHARS)
    .regex(/^[A-Za-z0-9_-]*$/),
});

/** The last revision of a chain, as the server reports it. */
export const tipSchema = z.object({ seq: z.int().min(1).max(Number.MAX_SAFE_INTEGER), hash });

/** The answer to a successful push. */
export const pushAnswerSchema = z.object({ tip: tipSchema, receipt: z.string().max(MAX_RECEIPT_CHARS) });

/** The server's error body. */
export const errorBodySchema = z.object({
  error: z.object({ code: z.string().max(100), message: z.string().max(1000) }),
});

/** An encrypted revision on the wire. */
export type WireRevision = z.infer<typeof wireRevisionSchema>;
/** A chain's tip: its last seq and hash. */
export type Tip = z.infer<typeof tipSchema>;
