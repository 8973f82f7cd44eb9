import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database';

// Where a push's time goes, for the bench: the server's handling of each push (from its first byte
// read to its answer sent) and each call to the database, set against the latency the devices see.
// What the devices see beyond the server's handling is time in the load generator and in the run
// queue; what the server spends beyond its database calls is the proof, parsing and the receipt.

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(1));
};

/** Durations recorded while `recording` is set: of the server's pushes and of its database calls. */
export interface PushTiming {
  recording: boolean;
  pushes: number[];
  databaseCalls: number[];
}

/** Runs one database call, its time added to `timing`'s calls while it records. */
async function timedCall<T>(timing: PushTiming, call: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await call();
  } finally {
    if (timing.recording) timing.databaseCalls.push(performance.now() - start);
  }
}

/** The database, each query on it timed into `timing` while it records. */
export function timedDatabase(db: Database, timing: PushTiming): Database {
  return {
    ...db,
    kind: db.kind,
    query: (sql, params) => timedCall(timing, () => db.query(sql, params)),
    queryNamed: (statement, params) => timedCall(timing, () => db.queryNamed(statement, params)),
    exec: (sql) => db.exec(sql),
    transaction: (work) => db.transaction(work),
    close: () => db.close(),
  };
}

/** Times every push the app answers into `timing` while it records. */
export function timePushes(app: FastifyInstance, timing: PushTiming): void {
  app.addHook('onResponse', async (request, reply) => {
    if (timing.recording && request.method === 'PUT' && request.url.endsWith('/revisions'))
      timing.pushes.push(reply.elapsedTime);
  });
}

/** The p50 and p99 of the server's handling of a push and of one database call. */
export const timingSummary = (timing: PushTiming) => ({
  serverPushP50Ms: percentile(timing.pushes, 0.5),
  serverPushP99Ms: percentile(timing.pushes, 0.99),
  databaseCallP50Ms: percentile(timing.databaseCalls, 0.5),
  databaseCallP99Ms: percentile(timing.databaseCalls, 0.99),
});
