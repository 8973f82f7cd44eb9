import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { rememberOfficer } from '../audit/request-officer';
import { keyedHash, newToken } from './hashing';

/** The cookie that carries an officer's session. */
export const SESSION_COOKIE = 'lumbung_session';
const SESSION_HOURS = 12;

/** An officer signed in: who, where, and with which rights. */
export interface Officer {
  username: string;
  branch: string;
  role: 'officer' | 'admin';
  /** The session's CSRF token, for `X-CSRF-Token`. */
  csrfToken: string;
}

const csrfFor = (ctx: ServerContext, token: string) => keyedHash(ctx.keys.sessionSecret, 'csrf', token);
const isLocalHost = (host: string) => /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/.test(host);

/** Opens a session for an officer and sets its cookie (`Secure` unless the server is reached on localhost). */
export async function openSession(
  ctx: ServerContext,
  reply: FastifyReply,
  username: string,
): Promise<string> {
  const token = newToken();
  await ctx.db.query(
    `INSERT INTO sessions (token_hash, username, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`,
    [keyedHash(ctx.keys.sessionSecret, 'session', token), username, SESSION_HOURS],
  );
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: !isLocalHost(reply.request.host),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
  return csrfFor(ctx, token);
}

/** Ends the request's session, if any, and clears its cookie. */
export async function closeSession(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token !== undefined)
    await ctx.db.query('DELETE FROM sessions WHERE token_hash = $1', [
      keyedHash(ctx.keys.sessionSecret, 'session', token),
    ]);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The officer of the request's session, or 401. With `changes` (every state-changing request but
 * logging in) the `X-CSRF-Token` header must carry the session's token, or 403.
 */
export async function requireOfficer(
  ctx: ServerContext,
  request: FastifyRequest,
  { changes }: { changes: boolean },
): Promise<Officer> {
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || token.length > 100) throw new ApiError(401, 'auth.required');
  const [row] = await ctx.db.query<Omit<Officer, 'csrfToken'>>(
    `SELECT o.username, o.branch, o.role FROM sessions s JOIN officers o USING (username)
      WHERE s.token_hash = $1 AND s.expires_at > now() AND o.disabled_at IS NULL`,
    [keyedHash(ctx.keys.sessionSecret, 'session', token)],
  );
  if (row === undefined) throw new ApiError(401, 'auth.required');
  rememberOfficer(request, row);
  const csrfToken = csrfFor(ctx, token);
  if (changes) {
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !sameToken(header, csrfToken)) throw new ApiError(403, 'csrf.invalid');
  }
  return { ...row, csrfToken };
}

/** An admin signed in, or 403 for an officer. */
export async function requireAdmin(ctx: ServerContext, request: FastifyRequest): Promise<Officer> {
  const officer = await requireOfficer(ctx, request, { changes: true });
  if (officer.role !== 'admin') throw new ApiError(403, 'auth.forbidden');
  return officer;
}

/** Whether an officer may see and act on a branch: their own, or any for an admin. */
export const mayActOn = (officer: Pick<Officer, 'role' | 'branch'>, branch: string): boolean =>
  officer.role === 'admin' || officer.branch === branch;
