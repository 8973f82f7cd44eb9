import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireDevice } from '../auth/device';
import { signReceipt } from '../books/receipt';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { bookIdSchema } from '../schemas';

const paramsSchema = z.strictObject({ bookId: bookIdSchema });
const querySchema = z.strictObject({
  after: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(0),
  limit: z.coerce.number().int().min(1).max(500).default(500),
});

/**
 * `GET /api/v1/books/{bookId}/receipts?after=N&limit=M`: the receipts of the book's pushes after
 * seq N, oldest first, signed again — one for each revision that was the tip when its push was
 * stored (the last of the revisions that share an arrival time), with that time. A restored phone
 * gets back the receipts the lost one held. Answers `{ receipts, next }`.
 */
export function bookReceiptsRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/books/:bookId/receipts', async (request) => {
    const device = await requireDevice(ctx, request);
    const { bookId } = paramsSchema.parse(request.params);
    const { after, limit } = querySchema.parse(request.query);
    const [book] = await ctx.db.query<{ tip_seq: number }>(
      'SELECT tip_seq FROM books WHERE book_id = $1 AND member_number = $2',
      [bookId, device.memberNumber],
    );
    if (book === undefined) throw new ApiError(404, 'book.notFound');
    const tips = await ctx.db.query<{ seq: number; hash: string; received_at: Date }>(
      `SELECT seq, hash, received_at FROM (
         SELECT seq, hash, received_at, lead(received_at) OVER (ORDER BY seq) AS next_at
           FROM revisions WHERE book_id = $1 AND seq > $2) pushed
        WHERE next_at IS DISTINCT FROM received_at ORDER BY seq LIMIT $3`,
      [bookId, after, limit],
    );
    const receipts = tips.map((row) =>
      signReceipt(ctx.keys, {
        book: bookId,
        seq: row.seq,
        hash: row.hash,
        receivedAt: new Date(row.received_at).toISOString(),
      }),
    );
    // `next`: the `after` of the following page, when this one is full.
    return { receipts, next: tips.length === limit ? (tips.at(-1)?.seq ?? null) : null };
  });
}
