import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { forgetExpiredProofs } from './auth/dpop';
import type { ServerContext } from './context';
import { installAuditHooks } from './audit/hooks';
import { installCors } from './cors';
import { pruneAudit } from './audit/retention';
import { installErrorHandling } from './errors';
import { officeRoutes } from './office/static';
import { auditRoute } from './routes/audit';
import { bookCatalogRoutes } from './routes/book-catalog';
import { bookKeyRoutes } from './routes/book-key';
import { bookListRoute } from './routes/books';
import { branchRoutes } from './routes/branches';
import { deviceEnrolRoute } from './routes/device-enrol';
import { deviceListRoute } from './routes/devices';
import { enrolmentRoutes } from './routes/enrolments';
import { memberRoutes } from './routes/members';
import { officerAdminRoutes } from './routes/officer-admin';
import { officerRoutes } from './routes/officers';
import { revisionsGetRoute } from './routes/revisions-get';
import { bookReceiptsRoute } from './routes/book-receipts';
import { revisionsPutRoute } from './routes/revisions-put';
import { serverKeyRoute } from './routes/server-key';
import { sessionRoutes } from './routes/session';
import { sessionsAllRoute } from './routes/sessions-all';
import { statementExportRoute } from './routes/statement-export';
import { statementUploadRoute } from './routes/statement-upload';
import { statementRoutes } from './routes/statements';
import { intakeSlots } from './statements/intake-slots';
import { refreshStatistics, STATISTICS_SWEEP_MS } from './db/statistics';
import { refuseNulInput } from './text-input';
import { useNodeSha256 } from './native-hash';

/** The largest body of a route that names no other limit. */
const DEFAULT_BODY_LIMIT = 16 * 1024;
const PROOF_SWEEP_MS = 60_000;
const AUDIT_SWEEP_MS = 3_600_000;

/** The server's HTTP application over a database and its secrets (not yet listening). */
export async function buildApp(ctx: ServerContext): Promise<FastifyInstance> {
  useNodeSha256();
  const app = Fastify({
    bodyLimit: DEFAULT_BODY_LIMIT,
    logger: {
      level: ctx.config.logLevel,
      redact: [
        'req.headers.cookie',
        'req.headers.dpop',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
    },
    return503OnClosing: true,
  });
  installErrorHandling(app);
  installCors(app);
  await app.register(cookie);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  });
  installAuditHooks(app, ctx);
  refuseNulInput(app);
  for (const routes of [
    serverKeyRoute,
    sessionRoutes,
    officerRoutes,
    enrolmentRoutes,
    deviceEnrolRoute,
    deviceListRoute,
    memberRoutes,
    revisionsPutRoute,
    revisionsGetRoute,
    bookReceiptsRoute,
    bookListRoute,
    bookKeyRoutes,
    officerAdminRoutes,
    branchRoutes,
    sessionsAllRoute,
    auditRoute,
    statementExportRoute,
    bookCatalogRoutes,
  ])
    routes(app, ctx);
  // One count for both ways a statement arrives: each holds its body until it is filed.
  const intakes = intakeSlots(ctx.config.statementIntakes);
  await app.register(async (scope) => statementRoutes(scope, ctx, intakes));
  await app.register(async (scope) => statementUploadRoute(scope, ctx, intakes));
  await app.register(async (scope) => officeRoutes(scope));
  const sweep = setInterval(() => {
    forgetExpiredProofs(ctx).catch((error: unknown) => app.log.warn({ err: error }, 'proof sweep failed'));
  }, PROOF_SWEEP_MS);
  sweep.unref();
  const auditSweep = setInterval(() => {
    pruneAudit(ctx).catch((error: unknown) => app.log.warn({ err: error }, 'audit sweep failed'));
  }, AUDIT_SWEEP_MS);
  auditSweep.unref();
  // A server started on a filled database plans its first queries on that database's statistics.
  await refreshStatistics(ctx.db);
  const statisticsSweep = setInterval(() => {
    refreshStatistics(ctx.db).catch((error: unknown) => app.log.warn({ err: error }, 'statistics failed'));
  }, STATISTICS_SWEEP_MS);
  statisticsSweep.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweep);
    clearInterval(auditSweep);
    clearInterval(statisticsSweep);
  });
  return app;
}
