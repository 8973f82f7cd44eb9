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
  // Written at most once a minute per device, so a burst of pushes costs one write.
  await ctx.db.query(
    `UPDATE devices SET last_seen_at = now() WHERE thumbprint = $1
       AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute')`,
    [key.thumbprint],
  );
  return { ...key, memberNumber: row.member_number };
}
