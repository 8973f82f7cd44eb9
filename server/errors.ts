import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { DatabaseUnavailable } from './db/unavailable';
import { ERROR_MESSAGES, type ErrorCode } from './messages';

/** An expected refusal: its HTTP status and its code; the message comes from the catalogue. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
  ) {
    super(code);
  }
}

/** The body of every error answer. */
export const errorBody = (code: ErrorCode) => ({ error: { code, message: ERROR_MESSAGES[code] } });

/** What Fastify's own errors (parsing, limits) mean to a client: always a 4xx, never internals. */
function frameworkError(error: FastifyError): { status: number; code: ErrorCode } | null {
  if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return { status: 413, code: 'body.tooLarge' };
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
    return { status: 400, code: 'body.invalid' };
  return null;
}

/** Seconds a client is asked to wait before retrying while the database is unreachable. */
const RETRY_AFTER_S = 2;

/** Answers every thrown error in the one shape, logging only what was not expected. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return reply.status(error.status).send(errorBody(error.code));
    if (error instanceof ZodError) return reply.status(400).send(errorBody('body.invalid'));
    if (error instanceof DatabaseUnavailable) {
      request.log.warn({ err: error.cause }, 'database unavailable');
      return reply
        .status(503)
        .header('Retry-After', String(RETRY_AFTER_S))
        .send(errorBody('server.unavailable'));
    }
    const known = frameworkError(error);
    if (known) return reply.status(known.status).send(errorBody(known.code));
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send(errorBody('server.error'));
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send(errorBody('route.notFound')));
}
