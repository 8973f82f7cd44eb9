import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { claimProof } from '../auth/device';
import { checkDpopProof, type ProvenKey } from '../auth/dpop';
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
 * receipt. The whole push — the proof's id, the device, the book, the chain rules and the new
 * revisions — is one statement in its own transaction, so a push costs one round trip to the
 * database and one commit; a refused push writes nothing else, so its proof stays spent. The
 * device is judged before the input, as on every device route: a replayed proof or an unknown key
 * is 401 whatever the body.
 */
export function revisionsPutRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.put('/api/v1/books/:bookId/revisions', { bodyLimit: PUSH_LIMITS.requestBytes }, async (request) => {
    const key = await checkDpopProof(ctx, request);
    const params = paramsSchema.safeParse(request.params);
    const body = pushSchema.safeParse(request.body);
    const outcome: ReceiptClaims | Error =
      params.success && body.success && linkedInOrder(body.data.revisions)
        ? await storePush(ctx.db, key, params.data.bookId, body.data.revisions)
        : await refuseInput(ctx, key, params.error ?? body.error);
    if (outcome instanceof Error) throw outcome;
    return { tip: { seq: outcome.seq, hash: outcome.hash }, receipt: signReceipt(ctx.keys, outcome) };
  });
}

/** Input that cannot be stored still spends the proof, and the device is judged before it. */
async function refuseInput(ctx: ServerContext, key: ProvenKey, error?: Error) {
  const device = await claimProof(ctx.db, key);
  if (device instanceof ApiError) return device;
  return error ?? new ApiError(400, 'chain.invalid');
}
