import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditAction } from '../audit/officer-action';
import { markAudited } from '../audit/request-officer';
import { requireAdmin, requireOfficer } from '../auth/officer';
import { hashPassword } from '../auth/passwords';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { branchSchema, newPasswordSchema, roleSchema, usernameSchema } from '../schemas';

const usernameParams = z.strictObject({ username: usernameSchema });

const changeSchema = z
  .strictObject({
    role: roleSchema.optional(),
    branch: branchSchema.optional(),
    disabled: z.boolean().optional(),
    password: newPasswordSchema.optional(),
  })
  .refine((change) => Object.keys(change).length > 0);

interface OfficerRow {
  username: string;
  branch: string;
  role: 'officer' | 'admin';
  disabled_at: Date | null;
  created_at: Date;
}

const listing = (row: OfficerRow) => ({
  username: row.username,
  branch: row.branch,
  role: row.role,
  disabled: row.disabled_at !== null,
  createdAt: new Date(row.created_at).toISOString(),
});

/** Listing officers (admin) and changing one: role, branch, disabled, a new password (admin). */
export function officerAdminRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/officers', async (request) => {
    const admin = await requireOfficer(ctx, request, { changes: false });
    if (admin.role !== 'admin') throw new ApiError(403, 'auth.forbidden');
    const rows = await ctx.db.query<OfficerRow>(
      'SELECT username, branch, role, disabled_at, created_at FROM officers ORDER BY branch, username LIMIT 1000',
    );
    return { items: rows.map(listing) };
  });

  app.patch('/api/v1/officers/:username', async (request) => {
    const admin = await requireAdmin(ctx, request);
    const { username } = usernameParams.parse(request.params);
    const change = changeSchema.parse(request.body);
    if (username === admin.username && (change.disabled === true || change.role === 'officer'))
      throw new ApiError(400, 'officer.self');
    const passwordHash = change.password === undefined ? null : await hashPassword(change.password);
    const row = await ctx.db.transaction(async (tx) => {
      if (change.branch !== undefined)
        await tx.query('INSERT INTO branches (name) VALUES ($1) ON CONFLICT DO NOTHING', [change.branch]);
      const [updated] = await tx.query<OfficerRow>(
        `UPDATE officers SET role = coalesce($2, role), branch = coalesce($3, branch),
           disabled_at = CASE WHEN $4::boolean IS NULL THEN disabled_at
                              WHEN $4::boolean THEN coalesce(disabled_at, now()) ELSE NULL END,
           password_hash = coalesce($5, password_hash)
         WHERE username = $1 RETURNING username, branch, role, disabled_at, created_at`,
        [username, change.role ?? null, change.branch ?? null, change.disabled ?? null, passwordHash],
      );
      if (updated === undefined) throw new ApiError(404, 'officer.notFound');
      // A disabled officer, a new password or a move to another branch ends every session they had.
      if (change.disabled === true || passwordHash !== null || change.branch !== undefined)
        await tx.query('DELETE FROM sessions WHERE username = $1', [username]);
      await auditAction(tx, request, admin, 'officer.change', username, {
        role: change.role ?? null,
        branch: change.branch ?? null,
        disabled: change.disabled ?? null,
        password: passwordHash !== null,
      });
      return updated;
    });
    markAudited(request);
    return listing(row);
  });
}
