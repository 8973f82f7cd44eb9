import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireDevice } from '../auth/device';
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
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** `GET /api/v1/books/{bookId}/revisions?after=N&limit=M`: the stored revisions after N, oldest first. */
export function revisionsGetRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/books/:bookId/revisions', async (request) => {
    const device = await requireDevice(ctx, request);
    const { bookId } = paramsSchema.parse(request.params);
    const { after, limit } = querySchema.parse(request.query);
    const [book] = await ctx.db.query<{ tip_seq: number; tip_hash: string | null }>(
      'SELECT tip_seq, tip_hash FROM books WHERE book_id = $1 AND member_number = $2',
      [bookId, device.memberNumber],
    );
    if (book === undefined) throw new ApiError(404, 'book.notFound');
    const rows = await ctx.db.query<{
      seq: number;
      prev_hash: string | null;
      hash: string;
      ciphertext: Uint8Array;
      received_at: Date;
    }>(
      `SELECT seq, prev_hash, hash, ciphertext, received_at FROM revisions
        WHERE book_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [bookId, after, limit],
    );
    return {
      revisions: rows.map((row) => ({
        seq: row.seq,
        prevHash: row.prev_hash,
        hash: row.hash,
        ciphertext: Buffer.from(row.ciphertext).toString('base64url'),
        receivedAt: new Date(row.received_at).toISOString(),
      })),
      tip: { seq: book.tip_seq, hash: book.tip_hash },
    };
  });
}
