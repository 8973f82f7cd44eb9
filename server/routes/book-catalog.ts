import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MAX_SEALED_CATALOG_CHARS } from '../../src/domain/sync/catalog';
import { requireDevice } from '../auth/device';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { bookIdSchema } from '../schemas';

const paramsSchema = z.strictObject({ bookId: bookIdSchema });
/** The sealed catalog is the app's opaque blob (version byte, IV, AES-GCM ciphertext), base64url. */
const catalogSchema = z.strictObject({
  sealed: z
    .string()
    .min(1)
    .max(MAX_SEALED_CATALOG_CHARS)
    .regex(/^[A-Za-z0-9_-]+$/),
});

/** `PUT` and `GET /api/v1/books/{bookId}/catalog`: the book's details, accounts and categories, sealed. */
export function bookCatalogRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.put(
    '/api/v1/books/:bookId/catalog',
    { bodyLimit: MAX_SEALED_CATALOG_CHARS + 1024 },
    async (request, reply) => {
      const device = await requireDevice(ctx, request);
      const { bookId } = paramsSchema.parse(request.params);
      const { sealed } = catalogSchema.parse(request.body);
      const updated = await ctx.db.query(
        `UPDATE books SET sealed_catalog = $3, sealed_catalog_at = now()
          WHERE book_id = $1 AND member_number = $2 RETURNING book_id`,
        [bookId, device.memberNumber, sealed],
      );
      if (updated.length === 0) throw new ApiError(404, 'book.notFound');
      return reply.status(204).send();
    },
  );

  app.get('/api/v1/books/:bookId/catalog', async (request) => {
    const device = await requireDevice(ctx, request);
    const { bookId } = paramsSchema.parse(request.params);
    const [row] = await ctx.db.query<{ sealed_catalog: string | null; sealed_catalog_at: Date | null }>(
      'SELECT sealed_catalog, sealed_catalog_at FROM books WHERE book_id = $1 AND member_number = $2',
      [bookId, device.memberNumber],
    );
    if (row?.sealed_catalog == null || row.sealed_catalog_at === null)
      throw new ApiError(404, 'book.notFound');
    return { sealed: row.sealed_catalog, updatedAt: new Date(row.sealed_catalog_at).toISOString() };
  });
}
