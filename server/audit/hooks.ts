import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerContext } from '../context';
import { isConnectionLoss } from '../db/unavailable';
import { recordAudit, type AuditLine } from './record';
import { RefusalCap } from './refusal-cap';
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

/** How often the counts of refusals left out of the log are written. */
const DROPPED_SWEEP_MS = 60_000;

const actionOf = (request: FastifyRequest) =>
  `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0] ?? ''}`;

/** Writes one line, or sends it to the process log while the database is away. */
async function write(
  ctx: ServerContext,
  request: FastifyRequest | null,
  line: AuditLine,
  log: FastifyInstance['log'],
) {
  try {
    await recordAudit(ctx.db, line);
  } catch (error) {
    // With the database gone the answer (a refusal, or a read) still goes out; the line goes to the process log.
    if (!isConnectionLoss(error)) throw error;
    (request?.log ?? log).warn({ audit: line }, 'audit line not stored: database unavailable');
  }
}

/** Writes one line per source of the refusals the cap left out in the minutes that have ended. */
async function writeDropped(ctx: ServerContext, cap: RefusalCap, now: number, log: FastifyInstance['log']) {
  for (const { address, since, dropped } of cap.drain(now))
    await write(
      ctx,
      null,
      {
        actor: null,
        branch: null,
        action: 'audit.refusalsDropped',
        outcome: 'refused',
        address,
        detail: { since, dropped },
      },
      log,
    );
}

/**
 * Writes the audit lines no route writes itself: every refused API request (who, if a session
 * named them, what, from where, the status and code) and every officer's read. Written before the
 * answer leaves, so an answer seen is an answer logged. Refusals are capped per source address
 * and minute (`LUMBUNG_AUDIT_REFUSALS_PER_MINUTE`); past the cap they are counted, and each
 * minute's count is written as one `audit.refusalsDropped` line once that minute is over.
 */
export function installAuditHooks(app: FastifyInstance, ctx: ServerContext): void {
  const cap = new RefusalCap(ctx.config.auditRefusalsPerMinute);
  const sweep = setInterval(() => {
    writeDropped(ctx, cap, Date.now(), app.log).catch((error: unknown) =>
      app.log.warn({ err: error }, 'audit sweep of dropped refusals failed'),
    );
  }, DROPPED_SWEEP_MS);
  sweep.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweep);
    // The current minute's count too: nothing counted is forgotten at shutdown.
    await writeDropped(ctx, cap, Date.now() + DROPPED_SWEEP_MS, app.log).catch(() => undefined);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    const officer = requestOfficer(request);
    const status = reply.statusCode;
    const refused = status >= 400 && status < 500;
    if (!refused && (officer === undefined || wasAudited(request))) return payload;
    if (refused && !cap.admit(request.ip, Date.now())) return payload;
    const line: AuditLine = {
      actor: officer?.username ?? null,
      branch: officer?.branch ?? null,
      action: actionOf(request),
      target: request.url.split('?')[0]?.slice(0, 200) ?? null,
      outcome: refused ? 'refused' : 'done',
      address: request.ip,
      detail: { status, code: refused ? errorCode(payload) : null },
    };
    await write(ctx, request, line, app.log);
    return payload;
  });
}
