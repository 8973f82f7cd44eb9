import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditAction } from '../audit/officer-action';
import { markAudited } from '../audit/request-officer';
import { requireAdmin } from '../auth/officer';
import type { ServerContext } from '../context';
import type { Queryable } from '../db/database';
import { ApiError } from '../errors';
import { addOfficer } from '../officers';
import { branchSchema, newPasswordSchema, roleSchema, usernameSchema } from '../schemas';

const officerSchema = z.strictObject({
  username: usernameSchema,
  password: newPasswordSchema,
  branch: branchSchema,
  role: roleSchema,
});

/** `POST /api/v1/officers` (admin): adds an officer to any branch, creating the branch if new. */
export function officerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/v1/officers', async (request, reply) => {
    const admin = await requireAdmin(ctx, request);
    const officer = officerSchema.parse(request.body);
    const audit = (tx: Queryable) =>
      auditAction(tx, request, admin, 'officer.add', officer.username, {
        branch: officer.branch,
        role: officer.role,
      });
    if (!(await addOfficer(ctx.db, officer, audit))) throw new ApiError(409, 'officer.exists');
    markAudited(request);
    return reply.status(201).send({ username: officer.username, branch: officer.branch, role: officer.role });
  });
}
