import { z } from 'zod';
import { STATEMENT_LIMITS } from '../../src/domain/statement/schema';
import { bookIdSchema, hashSchema } from '../schemas';

const L = STATEMENT_LIMITS;

/**
 * One plaintext revision of the member's book, exactly as it was hashed on the phone: the server
 * recomputes its hash and compares it with the hash stored at that seq. The snapshot's shape is
 * the app's; the hash covers it whatever it holds.
 */
export const evidenceRevisionSchema = z.strictObject({
  bookId: z.string().max(100),
  seq: z
    .int()
    .min(1)
    .max(2 ** 31 - 1),
  subjectId: z.string().min(1).max(L.id),
  action: z.string().min(1).max(40),
  at: z.string().max(40),
  reason: z.string().max(1000).optional(),
  snapshot: z.record(z.string().max(100), z.unknown()),
  prevHash: z.union([hashSchema, z.literal('')]),
});

/** The optional `witness` member beside a statement envelope: the revisions that recorded its records. */
export const evidenceSchema = z.strictObject({
  bookId: bookIdSchema,
  revisions: z.array(evidenceRevisionSchema).max(L.entries + L.transfers),
});

/** A statement's witness evidence. */
export type Evidence = z.infer<typeof evidenceSchema>;
/** One revision of the evidence. */
export type EvidenceRevision = z.infer<typeof evidenceRevisionSchema>;

/**
 * An evidence as received: when it came in the app's layout, `texts` holds each revision's line as
 * received, the text its hash covers (hashed as it is, not written again).
 */
export type ReceivedEvidence = Evidence & { texts?: readonly string[] };
