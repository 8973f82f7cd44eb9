import type { Problem, Result } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import { enrolAnswerSchema, serverKeyAnswerSchema } from '../../domain/sync/answers';
import { errorBodySchema } from '../../domain/sync/wire';
import type { PublicJwk } from '../../domain/statement/schema';
import type { z } from '../../domain/zod';
import type { ServerClient } from './server-client';

/** Codes a call to the server can fail with, worded in the i18n catalogue (`error.<code>`). */
export const SERVER_CALL_CODES = [
  'syncCall.offline',
  'syncCall.refused',
  'syncCall.busy',
  'syncCall.answer',
] as const;

/** Why a call to the server did not give what was asked. */
export type ServerCallProblem = Problem & { code: (typeof SERVER_CALL_CODES)[number] };

/**
 * Calls the server and reads its answer with a schema: no answer is `syncCall.offline`, an error
 * answer `syncCall.refused` with the server's own words (`syncCall.busy` when it is too busy with
 * statements to take one), an answer of another shape `syncCall.answer`.
 */
export async function callServer<T>(
  client: ServerClient,
  method: 'GET' | 'PUT' | 'POST',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<Result<T, ServerCallProblem>> {
  const answer = await client.request(method, path, body);
  if (answer.status === 'network-failed') return fail({ code: 'syncCall.offline' });
  if (answer.status >= 400) {
    const error = errorBodySchema.safeParse(answer.body);
    const message = error.success ? error.data.error.message : `HTTP ${answer.status}`;
    const code = error.success ? error.data.error.code : '';
    // The server is full of statements to check: worded in the member's language, to be sent again.
    if (code === 'statement.busy') return fail({ code: 'syncCall.busy' });
    return fail({ code: 'syncCall.refused', params: { message, server: code, status: answer.status } });
  }
  const parsed = schema.safeParse(answer.body);
  return parsed.success ? ok(parsed.data) : fail({ code: 'syncCall.answer' });
}

/** The server's receipt key and fingerprint. */
export const fetchServerKey = (
  client: ServerClient,
): Promise<Result<{ jwk: PublicJwk; fingerprint: string }, ServerCallProblem>> =>
  callServer(client, 'GET', '/server-key', serverKeyAnswerSchema);

/** Enrols this device with a one-time code; the member it now belongs to. */
export const enrolDevice = (
  client: ServerClient,
  code: string,
): Promise<Result<{ memberNumber: string; fingerprint: string }, ServerCallProblem>> =>
  callServer(client, 'POST', '/devices', enrolAnswerSchema, { code: code.trim() });
