import type { FastifyInstance } from 'fastify';
import { markAudited } from '../audit/request-officer';
import { requireOfficer } from '../auth/officer';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { readStatementBodies } from '../statements/body-limit';
import { limitStatementIntakes, type IntakeSlots } from '../statements/intake-slots';
import { keepListStatistics } from '../statements/list-statistics';
import { uploadStatement, type UploadedFile } from '../statements/upload';

/** The body as the parsers below leave it: JSON as text, a PDF as bytes. */
function uploadedFile(body: unknown): UploadedFile {
  if (typeof body === 'string') return { kind: 'json', text: body };
  if (body instanceof Buffer) return { kind: 'pdf', bytes: new Uint8Array(body) };
  throw new ApiError(400, 'statement.unreadable');
}

/** `POST /api/v1/statements/uploads` (officer): a statement file received by WhatsApp, JSON or PDF. */
export function statementUploadRoute(scope: FastifyInstance, ctx: ServerContext, intakes: IntakeSlots): void {
  const officerOf = limitStatementIntakes(scope, intakes, (request) =>
    requireOfficer(ctx, request, { changes: true }),
  );
  readStatementBodies(scope, ['json', 'pdf']);

  // No route-wide limit: each type's parser holds its own (a route's limit would override both).
  scope.post('/api/v1/statements/uploads', async (request, reply) => {
    const officer = officerOf(request);
    const filed = await uploadStatement(ctx, request, officer, uploadedFile(request.body));
    markAudited(request);
    await keepListStatistics(ctx, request.log);
    return reply.status(201).send(filed);
  });
}
