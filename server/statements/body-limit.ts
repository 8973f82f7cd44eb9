import type { FastifyError, FastifyInstance } from 'fastify';
import { MAX_STATEMENT_FILE_BYTES, MAX_WITNESSED_STATEMENT_BYTES } from '../../src/domain/limits';
import { ApiError } from '../errors';

/** The most a statement body may be: JSON with its witness evidence, or a PDF (which carries none). */
export const STATEMENT_BODY_LIMITS = {
  json: MAX_WITNESSED_STATEMENT_BYTES,
  pdf: MAX_STATEMENT_FILE_BYTES,
} as const;

/**
 * Reads statement bodies in `scope` as the domain's readers take them (JSON as text, a PDF as
 * bytes), counted as they stream in and cut off at the format's bound: a body over it, declared or
 * found, is a `413` that names the bounds, before any of it is parsed or stored.
 */
export function readStatementBodies(scope: FastifyInstance, kinds: readonly ('json' | 'pdf')[]): void {
  scope.removeContentTypeParser('application/json');
  if (kinds.includes('json'))
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: STATEMENT_BODY_LIMITS.json },
      (_request, body, done) => done(null, body),
    );
  if (kinds.includes('pdf'))
    scope.addContentTypeParser(
      'application/pdf',
      { parseAs: 'buffer', bodyLimit: STATEMENT_BODY_LIMITS.pdf },
      (_request, body, done) => done(null, body),
    );
  scope.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413)
      throw new ApiError(413, 'statement.tooLarge');
    throw error;
  });
}
