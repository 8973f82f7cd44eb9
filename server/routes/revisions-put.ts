import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireDevice } from '../auth/device';
import { storePush } from '../books/push';
import { PUSH_LIMITS, pushSchema } from '../books/push-schema';
import { signReceipt } from '../books/receipt';
import type { ServerContext } from '../context';
import { bookIdSchema } from '../schemas';

const paramsSchema = z.strictObject({ bookId: bookIdSchema });

/** `PUT /api/v1/books/{bookId}/revisions`: appends encrypted revisions and answers with a signed receipt. */
export function revisionsPutRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.put('/api/v1/books/:bookId/revisions', { bodyLimit: PUSH_LIMITS.requestBytes }, async (request) => {
    const device = await requireDevice(ctx, request);
    const { bookId } = paramsSchema.parse(request.params);
    const { revisions } = pushSchema.parse(request.body);
    const tip = await ctx.db.transaction((tx) => storePush(tx, device.memberNumber, bookId, revisions));
    return { tip: { seq: tip.seq, hash: tip.hash }, receipt: await signReceipt(ctx.keys, tip) };
  });
}
