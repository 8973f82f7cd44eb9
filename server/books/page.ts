import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { MAX_PUSH_REVISIONS } from '../../src/domain/sync/wire';
import { requireDevice } from '../auth/device';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { bookIdSchema } from '../schemas';

const paramsSchema = z.strictObject({ bookId: bookIdSchema });

/** The largest page a phone may ask for, of revisions or of receipts: the most a phone takes in one page. */
const PAGE_MAX = MAX_PUSH_REVISIONS;

/** A page of one of a phone's own books, as asked (`after` seq N, at most `limit` rows) and its tip. */
export interface BookPage {
  bookId: string;
  after: number;
  limit: number;
  tip: { seq: number; hash: string | null };
}

/**
 * The request's device, its book (`/api/v1/books/{bookId}/…`, 404 unless the device's member holds
 * it) and the page it asks for by `?after=N&limit=M`, with `defaultLimit` rows when it names none.
 */
export async function readBookPage(
  ctx: ServerContext,
  request: FastifyRequest,
  defaultLimit: number,
): Promise<BookPage> {
  const device = await requireDevice(ctx, request);
  const { bookId } = paramsSchema.parse(request.params);
  const { after, limit } = pageQuerySchema(defaultLimit).parse(request.query);
  const [book] = await ctx.db.query<{ tip_seq: number; tip_hash: string | null }>(
    'SELECT tip_seq, tip_hash FROM books WHERE book_id = $1 AND member_number = $2',
    [bookId, device.memberNumber],
  );
  if (book === undefined) throw new ApiError(404, 'book.notFound');
  return { bookId, after, limit, tip: { seq: book.tip_seq, hash: book.tip_hash } };
}

function pageQuerySchema(defaultLimit: number) {
  return z.strictObject({
    after: z.coerce
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(0),
    limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(defaultLimit),
  });
}
