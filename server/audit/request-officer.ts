import type { FastifyRequest } from 'fastify';

/** Who a request's session named, kept so the audit log can name them even when the request is refused. */
const named = new WeakMap<FastifyRequest, { username: string; branch: string }>();

/** Remembers the officer a request's session belongs to. */
export const rememberOfficer = (request: FastifyRequest, officer: { username: string; branch: string }) => {
  named.set(request, { username: officer.username, branch: officer.branch });
};

/** The officer a request's session named, if any. */
export const requestOfficer = (request: FastifyRequest) => named.get(request);

/** Requests whose action a route already wrote to the audit log in its own transaction. */
const audited = new WeakSet<FastifyRequest>();

/** Marks a request as audited by its route, so the generic line is not added. */
export const markAudited = (request: FastifyRequest): void => void audited.add(request);

/** Whether a route audited this request itself. */
export const wasAudited = (request: FastifyRequest): boolean => audited.has(request);
