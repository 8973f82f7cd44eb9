import type { FastifyInstance } from 'fastify';
import { readBookPage } from '../books/page';
import type { ServerContext } from '../context';

/** `GET /api/v1/books/{bookId}/revisions?after=N&limit=M`: the stored revisions after N, oldest first. */
export function revisionsGetRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/books/:bookId/revisions', async (request) => {
    const { bookId, after, limit, tip } = await readBookPage(ctx, request, 100);
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
      tip,
    };
  });
}
