import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditAction } from '../audit/officer-action';
import { markAudited } from '../audit/request-officer';
import { mayActOn, requireOfficer, type Officer } from '../auth/officer';
import { memberBooks } from '../books';
import type { ServerContext } from '../context';
import { memberDevices } from '../devices';
import { ApiError } from '../errors';
import { fingerprintSchema, memberNumberSchema } from '../schemas';

const memberParams = z.strictObject({ memberNumber: memberNumberSchema });
const deviceParams = z.strictObject({ memberNumber: memberNumberSchema, fingerprint: fingerprintSchema });

/** The member's row when the officer may see it; 404 alike for another branch's and for none. */
async function visibleMember(ctx: ServerContext, officer: Officer, memberNumber: string) {
  const [member] = await ctx.db.query<{ member_number: string; name: string; branch: string }>(
    'SELECT member_number, name, branch FROM members WHERE member_number = $1',
    [memberNumber],
  );
  if (member === undefined || !mayActOn(officer, member.branch)) throw new ApiError(404, 'member.notFound');
  return member;
}

/** `GET /api/v1/members/{memberNumber}` and revoking one of the member's devices (officer). */
export function memberRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/members/:memberNumber', async (request) => {
    const officer = await requireOfficer(ctx, request, { changes: false });
    const { memberNumber } = memberParams.parse(request.params);
    const member = await visibleMember(ctx, officer, memberNumber);
    return {
      memberNumber: member.member_number,
      name: member.name,
      branch: member.branch,
      devices: await memberDevices(ctx.db, memberNumber),
      books: await memberBooks(ctx.db, memberNumber),
    };
  });

  app.post('/api/v1/members/:memberNumber/devices/:fingerprint/revoke', async (request, reply) => {
    const officer = await requireOfficer(ctx, request, { changes: true });
    const { memberNumber, fingerprint } = deviceParams.parse(request.params);
    await visibleMember(ctx, officer, memberNumber);
    await ctx.db.transaction(async (tx) => {
      const revoked = await tx.query(
        `UPDATE devices SET revoked_at = coalesce(revoked_at, now())
          WHERE member_number = $1 AND fingerprint = $2 RETURNING thumbprint`,
        [memberNumber, fingerprint],
      );
      if (revoked.length === 0) throw new ApiError(404, 'device.notFound');
      await auditAction(tx, request, officer, 'device.revoke', memberNumber, { fingerprint });
    });
    markAudited(request);
    return reply.status(204).send();
  });
}
