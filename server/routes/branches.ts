import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditAction } from '../audit/officer-action';
import { markAudited } from '../audit/request-officer';
import { requireAdmin, requireOfficer } from '../auth/officer';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { branchSchema } from '../schemas';

const ratioSchema = z.int().min(1).max(100);
const newBranchSchema = z.strictObject({ name: branchSchema, capacityRatio: ratioSchema });
const changeSchema = z.strictObject({ capacityRatio: ratioSchema });
const nameParams = z.strictObject({ name: branchSchema });

interface BranchRow {
  name: string;
  capacity_ratio: number;
  officers: number;
  members: number;
}

const listing = (row: BranchRow) => ({
  name: row.name,
  capacityRatio: row.capacity_ratio,
  officers: row.officers,
  members: row.members,
});

const BRANCH_SELECT = `SELECT b.name, b.capacity_ratio,
    (SELECT count(*)::int FROM officers o WHERE o.branch = b.name) AS officers,
    (SELECT count(*)::int FROM members m WHERE m.branch = b.name) AS members
  FROM branches b`;

/** Listing branches (an officer sees their own, an admin all), adding one and setting its ratio (admin). */
export function branchRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/branches', async (request) => {
    const officer = await requireOfficer(ctx, request, { changes: false });
    const rows = await ctx.db.query<BranchRow>(
      `${BRANCH_SELECT} WHERE $1::text IS NULL OR b.name = $1 ORDER BY b.name LIMIT 1000`,
      [officer.role === 'admin' ? null : officer.branch],
    );
    return { items: rows.map(listing) };
  });

  app.post('/api/v1/branches', async (request, reply) => {
    const admin = await requireAdmin(ctx, request);
    const branch = newBranchSchema.parse(request.body);
    await ctx.db.transaction(async (tx) => {
      const added = await tx.query(
        'INSERT INTO branches (name, capacity_ratio) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING name',
        [branch.name, branch.capacityRatio],
      );
      if (added.length === 0) throw new ApiError(409, 'branch.exists');
      await auditAction(tx, request, admin, 'branch.add', branch.name, {
        capacityRatio: branch.capacityRatio,
      });
    });
    markAudited(request);
    return reply.status(201).send({ name: branch.name, capacityRatio: branch.capacityRatio });
  });

  app.patch('/api/v1/branches/:name', async (request) => {
    const admin = await requireAdmin(ctx, request);
    const { name } = nameParams.parse(request.params);
    const { capacityRatio } = changeSchema.parse(request.body);
    await ctx.db.transaction(async (tx) => {
      const changed = await tx.query(
        'UPDATE branches SET capacity_ratio = $2 WHERE name = $1 RETURNING name',
        [name, capacityRatio],
      );
      if (changed.length === 0) throw new ApiError(404, 'branch.notFound');
      await auditAction(tx, request, admin, 'branch.change', name, { capacityRatio });
    });
    markAudited(request);
    return { name, capacityRatio };
  });
}
