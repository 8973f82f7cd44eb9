import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerContext } from '../context';
import { isConnectionLoss } from '../db/unavailable';
import { recordAudit, type AuditLine } from './record';
import { requestOfficer, wasAudited } from './request-officer';

/** The error code of an error answer's body, when it has the protocol's shape. */
function errorCode(payload: unknown): string | null {
  if (typeof payload !== 'string' || !payload.startsWith('{"error"')) return null;
  try {
    const body = JSON.parse(payload) as { error?: { code?: unknown } };
    return typeof body.error?.code === 'string' ? body.error.code : null;
  } catch {
    return null;
  }
}

const actionOf = (request: FastifyRequest) =>
  `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0] ?? ''}`;

/**
 * Writes the audit lines no route writes itself: every refused API request (who, if a session
 * named them, what, from where, the status and code) and every officer's read. Written before the
 * answer leaves, so an answer seen is an answer logged.
 */
export function installAuditHooks(app: FastifyInstance, ctx: ServerContext): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    const officer = requestOfficer(request);
    const status = reply.statusCode;
    const refused = status >= 400 && status < 500;
    if (!refused && (officer === undefined || wasAudited(request))) return payload;
    const line: AuditLine = {
      actor: officer?.username ?? null,
      branch: officer?.branch ?? null,
      action: actionOf(request),
      target: request.url.split('?')[0]?.slice(0, 200) ?? null,
      outcome: refused ? 'refused' : 'done',
      address: request.ip,
      detail: { status, code: refused ? errorCode(payload) : null },
    };
    try {
      await recordAudit(ctx.db, line);
    } catch (error) {
      // With the database gone the answer (a refusal, or a read) still goes out; the line goes to the process log.
      if (!isConnectionLoss(error)) throw error;
      request.log.warn({ audit: line }, 'audit line not stored: database unavailable');
    }
    return payload;
  });
}
