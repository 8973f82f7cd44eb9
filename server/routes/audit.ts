import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireOfficer } from '../auth/officer';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';

const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});

interface AuditRow {
  id: string;
  at: Date;
  actor: string | null;
  branch: string | null;
  action: string;
  target: string | null;
  outcome: 'done' | 'refused';
  address: string;
  detail: Record<string, unknown>;
}

/** `GET /api/v1/audit` (admin): the audit log, newest first, a page at a time (`before` the last id seen). */
export function auditRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/audit', async (request) => {
    const officer = await requireOfficer(ctx, request, { changes: false });
    if (officer.role !== 'admin') throw new ApiError(403, 'auth.forbidden');
    const query = auditQuery.parse(request.query);
    const rows = await ctx.db.query<AuditRow>(
      `SELECT id::text AS id, at, actor, branch, action, target, outcome, address, detail FROM audit_log
        WHERE $1::bigint IS NULL OR id < $1::bigint ORDER BY id DESC LIMIT $2`,
      [query.before ?? null, query.limit + 1],
    );
    const items = rows.slice(0, query.limit).map((row) => ({
      id: Number(row.id),
      at: new Date(row.at).toISOString(),
      actor: row.actor,
      branch: row.branch,
      action: row.action,
      target: row.target,
      outcome: row.outcome,
      address: row.address,
      detail: row.detail,
    }));
    const last = items.at(-1);
    return { items, next: rows.length > query.limit && last ? last.id : null };
  });
}
