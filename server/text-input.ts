import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors';

/** How deep a body is searched; the schemas of every route are far shallower. */
const MAX_DEPTH = 32;

/** Whether a parsed value holds a string with U+0000 anywhere within `depth` levels. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return false;
  for (const [key, item] of Object.entries(value))
    if (key.includes('\u0000') || holdsNul(item, depth + 1)) return true;
  return false;
}

/**
 * Refuses (400) a request whose path, query or JSON body holds U+0000: PostgreSQL's text and
 * jsonb cannot store it, so it would otherwise fail inside the database as a server error. A
 * body read as text (a statement) is the domain reader's to judge.
 */
export function refuseNulInput(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const body = typeof request.body === 'string' ? null : request.body;
    if (holdsNul(request.params) || holdsNul(request.query) || holdsNul(body))
      throw new ApiError(400, 'body.invalid');
  });
}
