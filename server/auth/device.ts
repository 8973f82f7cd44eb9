import type { FastifyRequest } from 'fastify';
import type { ServerContext } from '../context';
import type { Queryable } from '../db/database';
import { ApiError } from '../errors';
import { checkDpopProof, PROOF_INSERT, type ProvenKey } from './dpop';

/** An enrolled, unrevoked device that proved possession of its key. */
export interface Device extends ProvenKey {
  memberNumber: string;
}

/**
 * The request's device: a valid proof by an enrolled key that is not revoked, or 401. The proof's
 * id, the device lookup and its last-seen time (written at most once a minute) are one statement.
 */
export async function requireDevice(ctx: ServerContext, request: FastifyRequest): Promise<Device> {
  const key = await checkDpopProof(ctx, request);
  const found = await claimProof(ctx.db, key);
  if (found instanceof ApiError) throw found;
  return found;
}

/**
 * The proof's id recorded (`proof`, empty for a replay), its key's unrevoked device (`device`) and
 * its last-seen time moved (`seen`), as the head of one statement over `claimParams`' $1…$3.
 */
const CLAIM_PROOF_CTE = `WITH proof AS (${PROOF_INSERT}),
     device AS (SELECT member_number FROM devices WHERE thumbprint = $1 AND revoked_at IS NULL),
     seen AS (UPDATE devices SET last_seen_at = now() WHERE thumbprint = $1 AND revoked_at IS NULL
       AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute')
       AND EXISTS (SELECT 1 FROM proof) RETURNING 1)`;

/** The parameters $1…$3 of `CLAIM_PROOF_CTE`: the key's thumbprint, the proof's id and its expiry. */
const claimParams = (key: ProvenKey): unknown[] => [key.thumbprint, key.replay?.jti, key.replay?.expiresAt];

/**
 * Records the proof's id and looks its key's device up, in one statement on `db` (which may be a
 * transaction): the device, `dpop.invalid` for a replayed id, or `device.unknown` for a key that
 * is not enrolled or is revoked (its id recorded all the same).
 */
export async function claimProof(db: Queryable, key: ProvenKey): Promise<Device | ApiError> {
  const [row] = await db.query<{ fresh: boolean; member_number: string | null }>(
    `${CLAIM_PROOF_CTE}
     SELECT EXISTS (SELECT 1 FROM proof) AS fresh, (SELECT member_number FROM device) AS member_number,
       (SELECT count(*) FROM seen) AS seen`,
    claimParams(key),
  );
  return judgeClaim(key, row);
}

/** The device a claim found, or why the request is refused: a replayed proof, or an unknown or revoked key. */
function judgeClaim(
  key: ProvenKey,
  row: { fresh: boolean; member_number: string | null } | undefined,
): Device | ApiError {
  if (row?.fresh !== true) return new ApiError(401, 'dpop.invalid');
  if (row.member_number === null) return new ApiError(401, 'device.unknown');
  return { ...key, memberNumber: row.member_number };
}
