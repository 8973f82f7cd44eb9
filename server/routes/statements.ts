import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireDevice } from '../auth/device';
import { mayActOn, requireOfficer } from '../auth/officer';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { memberNumberSchema } from '../schemas';
import { readStatementBodies } from '../statements/body-limit';
import { lateArrivals } from '../statements/late-arrivals';
import { witnessRecords } from '../statements/witness-storage';
import { listStatements, STATEMENT_COLUMNS, statementItem, type StatementRow } from '../statements/listing';
import { limitStatementIntakes, type IntakeSlots } from '../statements/intake-slots';
import { keepListStatistics } from '../statements/list-statistics';
import { submitStatement } from '../statements/submit';

const cursorSchema = z
  .string()
  .max(200)
  .transform((text, issue) => {
    try {
      return JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    } catch {
      issue.addIssue({ code: 'custom', message: 'not a cursor' });
      return z.NEVER;
    }
  })
  .pipe(z.strictObject({ receivedAt: z.iso.datetime(), id: z.uuid() }));

const listQuery = z.strictObject({
  status: z.enum(['genuine', 'altered']).optional(),
  member: memberNumberSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: cursorSchema.optional(),
});

const idParams = z.strictObject({ id: z.uuid() });

/** Submitting a statement (device), listing the branch's statements and opening one (officer). */
export function statementRoutes(scope: FastifyInstance, ctx: ServerContext, intakes: IntakeSlots): void {
  const deviceOf = limitStatementIntakes(scope, intakes, (request) => requireDevice(ctx, request));
  // The statement is read as text by the domain's strict reader, which refuses duplicate keys.
  readStatementBodies(scope, ['json']);

  scope.post('/api/v1/statements', async (request, reply) => {
    const device = deviceOf(request);
    if (typeof request.body !== 'string') throw new ApiError(400, 'statement.unreadable');
    const filed = await submitStatement(ctx, device, request.body);
    await keepListStatistics(ctx, request.log);
    return reply.status(201).send(filed);
  });

  scope.get('/api/v1/statements', async (request) => {
    const officer = await requireOfficer(ctx, request, { changes: false });
    return listStatements(ctx.db, officer, listQuery.parse(request.query));
  });

  scope.get('/api/v1/statements/:id', async (request) => {
    const officer = await requireOfficer(ctx, request, { changes: false });
    const { id } = idParams.parse(request.params);
    const [row] = await ctx.db.query<
      StatementRow & {
        fingerprint: string | null;
        problems: unknown;
        witness_report: string;
        envelope: string;
        source: 'device' | 'officer';
        uploaded_by: string | null;
        capacity_ratio: number;
        member_name: string;
      }
    >(
      `SELECT ${STATEMENT_COLUMNS}, fingerprint, problems, witness_report, envelope, source, uploaded_by,
         (SELECT capacity_ratio FROM branches b WHERE b.name = statements.branch) AS capacity_ratio,
         (SELECT name FROM members m WHERE m.member_number = statements.member_number) AS member_name
       FROM statements WHERE id = $1`,
      [id],
    );
    if (row === undefined || !mayActOn(officer, row.branch)) throw new ApiError(404, 'statement.notFound');
    const statement = JSON.parse(row.envelope) as { statement?: { createdAt?: unknown } };
    const createdAt = statement.statement?.createdAt;
    const witness = witnessRecords(row.witness_report);
    return {
      ...statementItem(row),
      fingerprint: row.fingerprint,
      problems: row.problems,
      witness,
      statement,
      branch: row.branch,
      memberName: row.member_name,
      source: row.source,
      uploadedBy: row.uploaded_by,
      capacityRatio: row.capacity_ratio,
      lateArrivals: typeof createdAt === 'string' ? lateArrivals(witness, createdAt) : null,
    };
  });
}
