import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { claimProof } from '../auth/device';
import { checkDpopProof } from '../auth/dpop';
import { linkedInOrder } from '../books/chain';
import { storePush } from '../books/push';
import { PUSH_LIMITS, pushSchema } from '../books/push-schema';
import { signReceipt, type ReceiptClaims } from '../books/receipt';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { bookIdSchema } from '../schemas';

const paramsSchema = z.strictObject({ bookId: bookIdSchema });

/**
 * `PUT /api/v1/books/{bookId}/revisions`: appends encrypted revisions and answers with a signed
 * receipt. The proof's id is recorded in the same statement that opens the book, and in the same
 * transaction as the revisions, so a push costs one commit and four round trips; a refused push
 * writes nothing else, so its proof stays spent. The device is judged before the input, as on
 * every device route: a replayed proof or an unknown key is 401 whatever the body.
 */
export function revisionsPutRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.put('/api/v1/books/:bookId/revisions', { bodyLimit: PUSH_LIMITS.requestBytes }, async (request) => {
    const key = await checkDpopProof(ctx, request);
    // Parsed before the transaction, so the database is not held while a large body is checked.
    const params = paramsSchema.safeParse(request.params);
    const body = pushSchema.safeParse(request.body);
    const outcome = await ctx.db.transaction(async (tx): Promise<ReceiptClaims | Error> => {
      if (params.success && body.success && linkedInOrder(body.data.revisions))
        return storePush(tx, key, params.data.bookId, body.data.revisions);
      // Input that cannot be stored still spends the proof, and the device is judged before it.
      const device = await claimProof(tx, key);
      if (device instanceof ApiError) return device;
      if (!params.success) return params.error;
      if (!body.success) return body.error;
      return new ApiError(400, 'chain.invalid');
    });
    if (outcome instanceof Error) throw outcome;
    return { tip: { seq: outcome.seq, hash: outcome.hash }, receipt: signReceipt(ctx.keys, outcome) };
  });
}
