import { z } from '../zod';
import { publicJwkSchema } from './schema';

/** The most receipts one statement carries: one per push, kept to those that cover its period. */
export const STATEMENT_RECEIPTS_MAX = 400;

/** The longest receipt a statement carries (a compact JWS of five short claims is under 600 characters). */
export const STATEMENT_RECEIPT_MAX_LENGTH = 2048;

/**
 * The cooperative server's witness receipts a `/2` statement may carry: the book as the server
 * knows it, the server's receipt key, and its compact JWS receipts over `{ iss, book, seq, hash,
 * receivedAt }`, each saying that the book's chain had reached `seq` with `hash` at `receivedAt`.
 */
export const statementReceiptsSchema = z
  .strictObject({
    book: z.string().min(1).max(100).describe('the book id the receipts name'),
    serverKey: publicJwkSchema.describe("the server's receipt-signing public key"),
    items: z
      .array(z.string().min(1).max(STATEMENT_RECEIPT_MAX_LENGTH))
      .min(1)
      .max(STATEMENT_RECEIPTS_MAX)
      .describe('compact JWS receipts, ES256, oldest first'),
  })
  .describe("the server's receipts covering the period, checked against the server key");

/** The receipts a statement carries. */
export type StatementReceipts = z.infer<typeof statementReceiptsSchema>;
