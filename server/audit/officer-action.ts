import type { FastifyRequest } from 'fastify';
import type { Officer } from '../auth/officer';
import type { Queryable } from '../db/database';
import { recordAudit, type AuditLine } from './record';

/** Records an officer's completed action, in the same transaction as the action itself. */
export const auditAction = (
  tx: Queryable,
  request: FastifyRequest,
  officer: Pick<Officer, 'username' | 'branch'>,
  action: string,
  target: string | null,
  detail?: AuditLine['detail'],
): Promise<void> =>
  recordAudit(tx, {
    actor: officer.username,
    branch: officer.branch,
    action,
    target,
    outcome: 'done',
    address: request.ip,
    ...(detail ? { detail } : {}),
  });
