import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireDevice } from '../auth/device';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { bookIdSchema } from '../schemas';

const paramsSchema = z.strictObject({ bookId: bookIdSchema });
/** The wrapped book key is the app's opaque blob (KDF parameters, salt, nonce, ciphertext), base64url. */
const keySchema = z.strictObject({
  wrappedKey: z
    .string()
    .min(1)
    .max(4096)
    .regex(/^[A-Za-z0-9_-]+$/),
});

/** `PUT` and `GET /api/v1/books/{bookId}/key`: the book key wrapped under the member's recovery code. */
export function bookKeyRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.put('/api/v1/books/:bookId/key', async (request, reply) => {
    const device = await requireDevice(ctx, request);
    const { bookId } = paramsSchema.parse(request.params);
    const { wrappedKey } = keySchema.parse(request.body);
    const updated = await ctx.db.query(
      `UPDATE books SET wrapped_key = $3, wrapped_key_at = now()
        WHERE book_id = $1 AND member_number = $2 RETURNING book_id`,
      [bookId, device.memberNumber, wrappedKey],
    );
    if (updated.length === 0) throw new ApiError(404, 'book.notFound');
    return reply.status(204).send();
  });

  app.get('/api/v1/books/:bookId/key', async (request) => {
    const device = await requireDevice(ctx, request);
    const { bookId } = paramsSchema.parse(request.params);
    const [row] = await ctx.db.query<{ wrapped_key: string | null; wrapped_key_at: Date | null }>(
      'SELECT wrapped_key, wrapped_key_at FROM books WHERE book_id = $1 AND member_number = $2',
      [bookId, device.memberNumber],
    );
    if (row?.wrapped_key == null || row.wrapped_key_at === null) throw new ApiError(404, 'book.notFound');
    return { wrappedKey: row.wrapped_key, updatedAt: new Date(row.wrapped_key_at).toISOString() };
  });
}
