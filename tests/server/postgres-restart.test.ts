import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestDevice } from '../support/server/device';
import { chainAfter, enrolDevice, revisionsPath, type WireRevision } from '../support/server/flow';
import { startTestServer, type TestServer } from '../support/server/harness';
import { TestOfficer } from '../support/server/officer';

// The throwaway cluster of `scripts/test-postgres.sh` can be stopped and started by this script;
// with the embedded database (one process, nothing to restart) there is no such fault to test.
const CONTROL = process.env.LUMBUNG_TEST_PG_CONTROL;
const PHONES = 4;
const BATCH = 5;

const control = (action: 'stop' | 'start') => promisify(execFile)(CONTROL ?? 'false', [action]);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: TestServer;
beforeAll(async () => {
  if (CONTROL === undefined) return;
  server = await startTestServer();
  await server.addOfficer({ username: 'rina', password: 'rina-password', branch: 'Ende', role: 'officer' });
});
afterAll(async () => {
  if (CONTROL === undefined) return;
  // Whatever happened above, the cluster must be up for the next test file.
  await control('start').catch(() => undefined);
  await server.stop();
});

/** A phone pushing batches until told to stop, retrying a refused batch as the app does. */
function pushLoop(phone: TestDevice, bookId: string, running: () => boolean) {
  const acknowledged: WireRevision[] = [];
  const statuses: number[] = [];
  const codes = new Set<string>();
  const done = (async () => {
    let batch = chainAfter(undefined, BATCH);
    while (running()) {
      const answer = await phone.send('PUT', revisionsPath(bookId), { revisions: batch }).catch(() => null);
      statuses.push(answer?.status ?? 0);
      if (answer?.status === 200) {
        acknowledged.push(...batch);
        batch = chainAfter(batch.at(-1), BATCH);
      } else {
        if (answer?.body?.error) codes.add(answer.body.error.code);
        await pause(100);
      }
    }
  })();
  return { acknowledged, statuses, codes, done };
}

it.skipIf(CONTROL === undefined)(
  'answers 503 while PostgreSQL is down, serves again once it is back, and keeps every revision it acknowledged',
  async () => {
    const officer = await TestOfficer.signIn(server.url, 'rina', 'rina-password');
    const phones = await Promise.all(
      Array.from({ length: PHONES }, (_, i) => enrolDevice(officer, `RESTART-${i + 1}`)),
    );
    const books = phones.map(() => randomUUID());
    let running = true;
    const loops = phones.map((phone, i) => pushLoop(phone, books[i] ?? '', () => running));
    const acknowledgedCount = () => loops.reduce((sum, loop) => sum + loop.acknowledged.length, 0);
    while (acknowledgedCount() < PHONES * BATCH * 3) await pause(20);

    await control('stop');
    const beforeStart = loops.map((loop) => loop.statuses.length);
    await pause(1_500);
    await control('start');
    const afterStart = loops.map((loop) => loop.acknowledged.length);
    // Every phone gets through again, on the same process and its same pool.
    while (loops.some((loop, i) => loop.acknowledged.length < (afterStart[i] ?? 0) + 3 * BATCH))
      await pause(50);
    running = false;
    await Promise.all(loops.map((loop) => loop.done));

    const during = loops.flatMap((loop, i) => loop.statuses.slice(beforeStart[i]));
    expect(during).toContain(503);
    for (const loop of loops) {
      expect(loop.statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
      expect([...loop.codes].every((code) => code === 'server.unavailable')).toBe(true);
    }
    for (const [i, phone] of phones.entries()) {
      const pulled = await phone.send('GET', revisionsPath(books[i] ?? '', '?limit=500'));
      expect(pulled.status).toBe(200);
      const kept = (pulled.body.revisions ?? []).map((r) => [r.seq, r.hash]);
      expect(kept).toEqual(loops[i]?.acknowledged.map((r) => [r.seq, r.hash]));
    }
  },
);
