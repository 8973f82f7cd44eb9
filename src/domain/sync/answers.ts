import { MEMBER_NUMBER_MAX_LENGTH } from '../limits';
import { publicJwkSchema } from '../statement/schema';
import { z } from '../zod';
import { MAX_PUSH_REVISIONS, MAX_RECEIPT_CHARS, tipSchema, wireRevisionSchema } from './wire';
import { MAX_SEALED_CATALOG_CHARS } from './catalog';
import { MAX_WRAPPED_KEY_CHARS } from './wrapped-key';

/** `GET /server-key`: the receipt key and its fingerprint. */
export const serverKeyAnswerSchema = z.object({ jwk: publicJwkSchema, fingerprint: z.string().max(40) });

/** `POST /devices`: the member this device now belongs to. */
export const enrolAnswerSchema = z.object({
  memberNumber: z.string().min(1).max(MEMBER_NUMBER_MAX_LENGTH),
  fingerprint: z.string().max(40),
});

/** `GET /books`: the member's books on the server and their tips. */
export const bookListAnswerSchema = z
  .array(
    z.object({
      bookId: z.string().min(1).max(100),
      tip: z.object({
        seq: z.int().min(0),
        hash: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable(),
      }),
      updatedAt: z.iso.datetime(),
    }),
  )
  .max(1000);

/** `GET …/revisions`: a page of revisions (each with the time it arrived) and the stored tip. */
export const pullPageSchema = z.object({
  revisions: z
    .array(wireRevisionSchema.extend({ receivedAt: z.iso.datetime().optional() }))
    .max(MAX_PUSH_REVISIONS),
  tip: tipSchema,
});

/** `GET …/key`: the wrapped book key as the phone uploaded it. */
export const keyAnswerSchema = z.object({ wrappedKey: z.string().min(1).max(MAX_WRAPPED_KEY_CHARS) });

/** `GET …/catalog`: the sealed catalog as the phone uploaded it. */
export const catalogAnswerSchema = z.object({ sealed: z.string().min(1).max(MAX_SEALED_CATALOG_CHARS) });

/** A server's listing of one book. */
export type ServerBook = z.infer<typeof bookListAnswerSchema>[number];

/** `GET …/receipts`: a page of the receipts of a book's pushes, oldest first. */
export const receiptsAnswerSchema = z.object({
  receipts: z.array(z.string().min(1).max(MAX_RECEIPT_CHARS)).max(MAX_PUSH_REVISIONS),
  next: z.int().min(1).nullable(),
});
