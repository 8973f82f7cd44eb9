import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditAction } from '../audit/officer-action';
import { markAudited } from '../audit/request-officer';
import { requireOfficer } from '../auth/officer';
import type { ServerContext } from '../context';
import { issueEnrolment } from '../enrolments';
import { memberNameSchema, memberNumberSchema } from '../schemas';

const enrolmentSchema = z.strictObject({ memberNumber: memberNumberSchema, memberName: memberNameSchema });

/** `POST /api/v1/enrolments` (officer): a one-time code for a member's device, valid for a day. */
export function enrolmentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/v1/enrolments', async (request, reply) => {
    const officer = await requireOfficer(ctx, request, { changes: true });
    const member = enrolmentSchema.parse(request.body);
    const issued = await issueEnrolment(ctx, officer, member, (tx) =>
      auditAction(tx, request, officer, 'enrolment.issue', member.memberNumber),
    );
    markAudited(request);
    return reply.status(201).send(issued);
  });
}
