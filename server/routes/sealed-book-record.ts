import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireDevice } from '../auth/device';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { bookIdSchema } from '../schemas';

/** One opaque blob a phone keeps beside a book on the server, in a column of `books`. */
export interface SealedBookRecord {
  /** The last part of its path, `/api/v1/books/{bookId}/<name>`. */
  name: string;
  /** The JSON member that carries it, in the body sent and in the answer. */
  field: string;
  /** The column of `books` that keeps it; the time it was last sent is in `<column>_at`. */
  column: 'wrapped_key' | 'sealed_catalog';
  /** Its longest text; it is base64url, so it never needs escaping. */
  maxChars: number;
  /** The body size a `PUT` may have, where it is more than the server's default. */
  bodyLimit?: number;
}

const paramsSchema = z.strictObject({ bookId: bookIdSchema });

/**
 * `PUT` and `GET` of a sealed record of a book: the device must belong to the book's member, the
 * server stores the blob as sent (it cannot read it) and hands it back with when it came.
 */
export function sealedBookRecordRoutes(record: SealedBookRecord) {
  const { name, field, column, maxChars } = record;
  const path = `/api/v1/books/:bookId/${name}`;
  const bodySchema = z.strictObject({
    [field]: z
      .string()
      .min(1)
      .max(maxChars)
      .regex(/^[A-Za-z0-9_-]+$/),
  });
  return (app: FastifyInstance, ctx: ServerContext): void => {
    const options = record.bodyLimit === undefined ? {} : { bodyLimit: record.bodyLimit };
    app.put(path, options, async (request, reply) => {
      const device = await requireDevice(ctx, request);
      const { bookId } = paramsSchema.parse(request.params);
      const body = bodySchema.parse(request.body);
      const updated = await ctx.db.query(
        `UPDATE books SET ${column} = $3, ${column}_at = now()
          WHERE book_id = $1 AND member_number = $2 RETURNING book_id`,
        [bookId, device.memberNumber, body[field]],
      );
      if (updated.length === 0) throw new ApiError(404, 'book.notFound');
      return reply.status(204).send();
    });

    app.get(path, async (request) => {
      const device = await requireDevice(ctx, request);
      const { bookId } = paramsSchema.parse(request.params);
      const [row] = await ctx.db.query<Record<string, string | Date | null>>(
        `SELECT ${column} AS blob, ${column}_at AS at FROM books WHERE book_id = $1 AND member_number = $2`,
        [bookId, device.memberNumber],
      );
      const blob = row?.blob;
      const at = row?.at;
      if (typeof blob !== 'string' || at == null) throw new ApiError(404, 'book.notFound');
      return { [field]: blob, updatedAt: new Date(at).toISOString() };
    });
  };
}
