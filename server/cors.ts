import type { FastifyInstance } from 'fastify';

const DEVICE_HEADERS = 'Content-Type, DPoP';
const MAX_AGE_S = 600;

/**
 * Lets the member's app, served from its own origin, call the device routes. Devices prove
 * themselves with DPoP proofs, never cookies, so any origin may ask: the answer carries no
 * `Allow-Credentials`, the browser sends no officer cookie with such a request, and the back
 * office (same origin as the API) is not affected.
 */
export function installCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/v1/')) return;
    reply.header('Access-Control-Allow-Origin', '*').header('Access-Control-Expose-Headers', 'Retry-After');
    if (request.method !== 'OPTIONS') return;
    reply
      .header('Access-Control-Allow-Methods', 'GET, PUT, POST')
      .header('Access-Control-Allow-Headers', DEVICE_HEADERS)
      .header('Access-Control-Max-Age', String(MAX_AGE_S))
      .status(204)
      .send();
    return reply;
  });
}
