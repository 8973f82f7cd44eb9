import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors';

/** Seconds a client is asked to wait before sending a statement again while the intakes are full. */
export const INTAKE_RETRY_AFTER_S = 10;

/** The statement intakes in progress, bounded: each may hold a body up to its format's bound. */
export interface IntakeSlots {
  /** Takes a slot, or answers false when all are held. */
  take(): boolean;
  /** Gives a slot back. */
  give(): void;
  /** Slots held now. */
  readonly held: number;
}

/** Slots for at most `size` statement intakes at once. */
export function intakeSlots(size: number): IntakeSlots {
  let held = 0;
  return {
    take: () => (held < size ? ((held += 1), true) : false),
    give: () => void (held = Math.max(0, held - 1)),
    get held() {
      return held;
    },
  };
}

/**
 * Holds every statement sent to `scope` (a POST) to a slot, taken before a byte of its body is
 * read and given back when the answer is sent or the client goes away: with all slots held, the
 * statement is `503 statement.busy` at once, so the bodies in memory never pass the slots' count
 * times the format's bound.
 */
export function limitStatementIntakes(scope: FastifyInstance, slots: IntakeSlots): void {
  scope.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST') return;
    if (!slots.take()) {
      reply.header('Retry-After', String(INTAKE_RETRY_AFTER_S));
      throw new ApiError(503, 'statement.busy');
    }
    let given = false;
    reply.raw.once('close', () => {
      if (!given) slots.give();
      given = true;
    });
  });
}
