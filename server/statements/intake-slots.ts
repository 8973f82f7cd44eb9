import type { FastifyInstance, FastifyRequest } from 'fastify';
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
 * Holds every statement sent to `scope` (a POST) to a slot. The sender is first told apart by
 * `authenticate` (a device's proof, an officer's session and CSRF token), which reads headers only:
 * a sender refused there is answered before a byte of its body is read and takes no slot. The slot
 * is taken next, before the body, and given back when the answer is sent or the client goes away:
 * with all slots held, the statement is `503 statement.busy` at once, so the bodies in memory
 * never pass the slots' count times the format's bound. Answers the function a handler calls for
 * the sender `authenticate` found.
 */
export function limitStatementIntakes<Sender extends object>(
  scope: FastifyInstance,
  slots: IntakeSlots,
  authenticate: (request: FastifyRequest) => Promise<Sender>,
): (request: FastifyRequest) => Sender {
  const senders = new WeakMap<FastifyRequest, Sender>();
  scope.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST') return;
    const sender = await authenticate(request);
    if (!slots.take()) {
      reply.header('Retry-After', String(INTAKE_RETRY_AFTER_S));
      throw new ApiError(503, 'statement.busy');
    }
    senders.set(request, sender);
    let given = false;
    reply.raw.once('close', () => {
      if (!given) slots.give();
      given = true;
    });
  });
  return (request) => {
    const sender = senders.get(request);
    if (sender === undefined) throw new ApiError(401, 'auth.required');
    return sender;
  };
}
