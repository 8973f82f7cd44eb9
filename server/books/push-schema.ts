import { z } from 'zod';
import { MAX_CIPHERTEXT_BYTES, MAX_PUSH_BYTES, MAX_PUSH_REVISIONS } from '../../src/domain/sync/wire';
import { hashSchema } from '../schemas';

/** The most a push may carry: revisions, decoded bytes of one ciphertext, and bytes of the request (the phone's own limits). */
export const PUSH_LIMITS = {
  revisions: MAX_PUSH_REVISIONS,
  ciphertextBytes: MAX_CIPHERTEXT_BYTES,
  requestBytes: MAX_PUSH_BYTES,
} as const;

// base64url without padding: 4 characters carry 3 bytes.
const MAX_CIPHERTEXT_CHARS = Math.ceil((PUSH_LIMITS.ciphertextBytes * 4) / 3);

const ciphertextSchema = z
  .string()
  .min(1)
  .max(MAX_CIPHERTEXT_CHARS)
  .regex(/^[A-Za-z0-9_-]+$/)
  .refine((text) => text.length % 4 !== 1, 'not base64url')
  .transform((text) => Buffer.from(text, 'base64url'))
  .refine((bytes) => bytes.length <= PUSH_LIMITS.ciphertextBytes, 'ciphertext too large');

/** One revision of a push, as the phone sends it (the ciphertext decoded). */
export const pushedRevisionSchema = z.strictObject({
  seq: z
    .int()
    .min(1)
    .max(2 ** 31 - 1),
  prevHash: hashSchema.nullable(),
  hash: hashSchema,
  ciphertext: ciphertextSchema,
});

/** The body of `PUT /api/v1/books/{bookId}/revisions`. */
export const pushSchema = z.strictObject({
  revisions: z.array(pushedRevisionSchema).min(1).max(PUSH_LIMITS.revisions),
});

/** One revision of a push, checked. */
export type PushedRevision = z.infer<typeof pushedRevisionSchema>;
