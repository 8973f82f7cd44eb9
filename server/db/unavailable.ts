/** The database could not be reached or dropped the connection: the request may be retried later. */
export class DatabaseUnavailable extends Error {
  constructor(cause: unknown) {
    super('database unavailable', { cause });
  }
}

// SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down, crashed, starting up) and
// 53300 (too many connections): the server is there again soon, the statement never ran or was rolled back.
const RETRYABLE_STATE = /^(08...|57P0[123]|53300)$/;
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
// node-postgres says these in words only, with no code.
const LOST_CONNECTION =
  /Connection terminated|timeout exceeded when trying to connect|connection error|not queryable/i;

/** Whether `error` means the connection to PostgreSQL is lost or refused, rather than a fault of the query. */
export function isConnectionLoss(error: unknown): boolean {
  if (error instanceof DatabaseUnavailable) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (RETRYABLE_STATE.test(code) || NETWORK_CODES.has(code))) return true;
  if (error instanceof AggregateError) return error.errors.some(isConnectionLoss);
  return LOST_CONNECTION.test(error.message);
}

/** Runs `work`, turning a lost connection into `DatabaseUnavailable` and rethrowing anything else as it is. */
export async function guardConnection<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isConnectionLoss(error) ? new DatabaseUnavailable(error) : error;
  }
}
