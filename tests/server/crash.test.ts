import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open';
import { addOfficer } from '../../server/officers';
import { call } from '../support/server/answer';
import { freshPostgresDatabase, TEST_POSTGRES_URL } from '../support/server/database';
import { chainAfter, enrolDevice, revisionsPath, type WireRevision } from '../support/server/flow';
import { TestOfficer } from '../support/server/officer';
import { killHard, startServerProcess } from '../support/server/process';

const dataDir = mkdtempSync(join(tmpdir(), 'lumbung-crash-'));
let env: Record<string, string> = { LUMBUNG_DATA: dataDir };
let dropDatabase = async () => {};

beforeAll(async () => {
  if (TEST_POSTGRES_URL !== undefined) {
    const postgres = await freshPostgresDatabase();
    env = { ...env, DATABASE_URL: postgres.url };
    dropDatabase = postgres.drop;
  }
  // Officers are added while no server runs, as the command line does with the embedded database.
  const db = await openDatabase(readConfig(env));
  await addOfficer(db, { username: 'rina', password: 'rina-password', branch: 'Maumere', role: 'officer' });
  await db.close();
});
afterAll(async () => {
  await dropDatabase();
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps every revision it answered 200 when killed in the middle of pushes, and its keys', async () => {
  const first = await startServerProcess(env);
  const key = (await call<{ fingerprint: string }>(`${first.url}/api/v1/server-key`, {})).body.fingerprint;
  const officer = await TestOfficer.signIn(first.url, 'rina', 'rina-password');
  const phone = await enrolDevice(officer, 'KILL-1');
  const bookId = randomUUID();
  const acknowledged: WireRevision[] = [];
  let tip: WireRevision | undefined;
  for (let push = 0; push < 12; push += 1) {
    const revisions = chainAfter(tip, 5, 2000);
    const answer = await phone.send('PUT', revisionsPath(bookId), { revisions });
    expect(answer.status).toBe(200);
    acknowledged.push(...revisions);
    tip = revisions.at(-1);
  }
  // One more push in flight when the process dies: it may or may not have landed.
  const inFlight = phone
    .send('PUT', revisionsPath(bookId), { revisions: chainAfter(tip, 5, 2000) })
    .catch(() => null);
  await killHard(first.child);
  const lastAnswer = await inFlight;

  const second = await startServerProcess(env);
  try {
    expect(
      (await call<{ fingerprint: string }>(`${second.url}/api/v1/server-key`, {})).body.fingerprint,
    ).toBe(key);
    const again = await TestOfficer.signIn(second.url, 'rina', 'rina-password');
    expect(again.login.status).toBe(200);
    const pulled = await phone.at(second.url).send('GET', revisionsPath(bookId, '?limit=500'));
    expect(pulled.status).toBe(200);
    const kept = (pulled.body.revisions ?? []).map((r) => [r.seq, r.hash]);
    expect(kept.slice(0, acknowledged.length)).toEqual(acknowledged.map((r) => [r.seq, r.hash]));
    if (lastAnswer?.status === 200) expect(kept).toHaveLength(acknowledged.length + 5);
    else expect([acknowledged.length, acknowledged.length + 5]).toContain(kept.length);
  } finally {
    await killHard(second.child);
  }
});
