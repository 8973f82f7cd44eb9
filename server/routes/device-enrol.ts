import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { verifyDpop } from '../auth/dpop';
import { addressBlocked, recordAddressFailure } from '../auth/failures';
import type { ServerContext } from '../context';
import { enrolmentCodeHash } from '../enrolments';
import { ApiError } from '../errors';

const codeSchema = z.strictObject({ code: z.string().min(1).max(64) });

/** `POST /api/v1/devices`: a device proves its key and spends a one-time code to join a member. */
export function deviceEnrolRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/v1/devices', async (request, reply) => {
    const key = await verifyDpop(ctx, request);
    const { code } = codeSchema.parse(request.body);
    if (await addressBlocked(ctx.db, 'enrolment', request.ip))
      throw new ApiError(429, 'enrolment.rateLimited');
    const enrolled = await ctx.db.transaction(async (tx) => {
      const [enrolment] = await tx.query<{ member_number: string }>(
        `SELECT member_number FROM enrolments
          WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
        [enrolmentCodeHash(ctx, code)],
      );
      if (enrolment === undefined) return null;
      const [known] = await tx.query('SELECT 1 FROM devices WHERE thumbprint = $1', [key.thumbprint]);
      if (known !== undefined) throw new ApiError(409, 'device.exists');
      await tx.query(
        `INSERT INTO devices (thumbprint, fingerprint, member_number, public_jwk) VALUES ($1, $2, $3, $4)`,
        [key.thumbprint, key.fingerprint, enrolment.member_number, JSON.stringify(key.jwk)],
      );
      await tx.query('UPDATE enrolments SET used_at = now() WHERE code_hash = $1', [
        enrolmentCodeHash(ctx, code),
      ]);
      return enrolment.member_number;
    });
    if (enrolled === null) {
      await recordAddressFailure(ctx.db, 'enrolment', request.ip);
      throw new ApiError(400, 'enrolment.code');
    }
    return reply.status(201).send({ memberNumber: enrolled, fingerprint: key.fingerprint });
  });
}
