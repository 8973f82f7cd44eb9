import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context';

/** `GET /api/v1/server-key`: the public key that signs receipts, and its fingerprint. */
export function serverKeyRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/server-key', async () => ({
    jwk: ctx.keys.receiptPublicJwk,
    fingerprint: ctx.keys.receiptFingerprint,
  }));
}
