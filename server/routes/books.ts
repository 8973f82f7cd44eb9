import type { FastifyInstance } from 'fastify';
import { requireDevice } from '../auth/device';
import { memberBooks } from '../books';
import type { ServerContext } from '../context';

/** `GET /api/v1/books`: the books of the calling device's member. */
export function bookListRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/books', async (request) => {
    const device = await requireDevice(ctx, request);
    return memberBooks(ctx.db, device.memberNumber);
  });
}
