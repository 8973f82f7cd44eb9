import type { FastifyRequest } from 'fastify';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { verifyDpop, type ProvenKey } from './dpop';

/** An enrolled, unrevoked device that proved possession of its key. */
export interface Device extends ProvenKey {
  memberNumber: string;
}

/** The request's device: a valid proof by an enrolled key that is not revoked, or 401. */
export async function requireDevice(ctx: ServerContext, request: FastifyRequest): Promise<Device> {
  const key = await verifyDpop(ctx, request);
  const [row] = await ctx.db.query<{ member_number: string }>(
    'SELECT member_number FROM devices WHERE thumbprint = $1 AND revoked_at IS NULL',
    [key.thumbprint],
  );
  if (row === undefined) throw new ApiError(401, 'device.unknown');
  return { ...key, memberNumber: row.member_number };
}
