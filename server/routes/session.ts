import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditAction } from '../audit/officer-action';
import { markAudited, rememberOfficer } from '../audit/request-officer';
import { addressBlocked, recordAddressFailure } from '../auth/failures';
import { clearLoginFailures, recordLoginFailure, usernameLocked } from '../auth/lockout';
import { closeSession, openSession, requireOfficer } from '../auth/officer';
import { checkPassword } from '../auth/passwords';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';

const loginSchema = z.strictObject({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
});

/** `POST`, `GET` and `DELETE /api/v1/session`: signing an officer in, reading the session, signing out. */
export function sessionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/v1/session', async (request, reply) => {
    const { username, password } = loginSchema.parse(request.body);
    if (await usernameLocked(ctx.db, username)) throw new ApiError(429, 'auth.locked');
    if (await addressBlocked(ctx.db, 'login', request.ip)) throw new ApiError(429, 'auth.rateLimited');
    const [officer] = await ctx.db.query<{ password_hash: string; branch: string; role: string }>(
      'SELECT password_hash, branch, role FROM officers WHERE username = $1 AND disabled_at IS NULL',
      [username],
    );
    // Checked whether the officer exists or not, so both answers cost the same hashing.
    const matches = await checkPassword(officer?.password_hash, password);
    if (!officer || !matches) {
      await recordLoginFailure(ctx.db, username);
      await recordAddressFailure(ctx.db, 'login', request.ip);
      throw new ApiError(401, 'auth.credentials');
    }
    await clearLoginFailures(ctx.db, username);
    const csrfToken = await openSession(ctx, reply, username);
    const named = { username, branch: officer.branch };
    rememberOfficer(request, named);
    await auditAction(ctx.db, request, named, 'session.open', username);
    markAudited(request);
    return { username, branch: officer.branch, role: officer.role, csrfToken };
  });

  app.get('/api/v1/session', async (request) => {
    const { username, branch, role, csrfToken } = await requireOfficer(ctx, request, { changes: false });
    return { username, branch, role, csrfToken };
  });

  app.delete('/api/v1/session', async (request, reply) => {
    const officer = await requireOfficer(ctx, request, { changes: true });
    await closeSession(ctx, request, reply);
    await auditAction(ctx.db, request, officer, 'session.close', officer.username);
    markAudited(request);
    return reply.status(204).send();
  });
}
