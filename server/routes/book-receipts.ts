import type { FastifyInstance } from 'fastify';
import { readBookPage } from '../books/page';
import { signReceipt } from '../books/receipt';
import type { ServerContext } from '../context';

/**
 * `GET /api/v1/books/{bookId}/receipts?after=N&limit=M`: the receipts of the book's pushes after
 * seq N, oldest first, signed again — one for each revision that was the tip when its push was
 * stored (the last of the revisions that share an arrival time), with that time. A restored phone
 * gets back the receipts the lost one held. Answers `{ receipts, next }`.
 */
export function bookReceiptsRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/books/:bookId/receipts', async (request) => {
    const { bookId, after, limit } = await readBookPage(ctx, request, 500);
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
