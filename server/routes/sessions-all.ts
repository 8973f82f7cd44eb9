import type { FastifyInstance } from 'fastify';
import { auditAction } from '../audit/officer-action';
import { markAudited } from '../audit/request-officer';
import { requireOfficer, SESSION_COOKIE } from '../auth/officer';
import type { ServerContext } from '../context';

/** `DELETE /api/v1/sessions`: signs the officer out on every browser, this one included. */
export function sessionsAllRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.delete('/api/v1/sessions', async (request, reply) => {
    const officer = await requireOfficer(ctx, request, { changes: true });
    await ctx.db.transaction(async (tx) => {
      const ended = await tx.query('DELETE FROM sessions WHERE username = $1 RETURNING username', [
        officer.username,
      ]);
      await auditAction(tx, request, officer, 'session.endAll', officer.username, { sessions: ended.length });
    });
    markAudited(request);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
}
