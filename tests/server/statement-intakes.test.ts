import { request, type ClientRequest } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call } from '../support/server/answer';
import type { TestDevice } from '../support/server/device';
import { enrolDevice } from '../support/server/flow';
import { startTestServer, type TestServer } from '../support/server/harness';
import type { TestOfficer } from '../support/server/officer';
import { addAndSignIn, RINA } from '../support/server/staff';
import { monthStatement, signedJson, testToday } from '../support/server/statement';

// Statements are received one at a time here (LUMBUNG_STATEMENT_INTAKES=1): while one is arriving,
// another is told the server is busy before any of its body is read, and nothing of it is filed;
// once the first ends, even by its sender going away, the next is taken.

let server: TestServer;
let officer: TestOfficer;
let device: TestDevice;

beforeAll(async () => {
  server = await startTestServer({ LUMBUNG_STATEMENT_INTAKES: '1' });
  [officer] = await addAndSignIn(server, RINA);
  device = await enrolDevice(officer, 'ANT-1');
});
afterAll(() => server.stop());

/**
 * A device's statement that declares 8 MiB and sends only its first bytes, holding its intake open.
 * It asks to continue first, and is kept until the server answers another statement busy.
 */
async function slowStatement(): Promise<ClientRequest> {
  const path = '/api/v1/statements';
  const sent = request(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      DPoP: await device.proof('POST', path),
      'content-type': 'application/json',
      'content-length': String(8 * 2 ** 20),
      expect: '100-continue',
    },
  });
  sent.on('error', () => undefined);
  sent.flushHeaders();
  await new Promise((resolve) => sent.once('continue', resolve));
  sent.write('{"format":"lumbung.statement/1","statement":{');
  // Its sender is told apart before it takes the slot: until then a probe (no statement, filed
  // nowhere) may still be taken and refused as unreadable.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const probe = await device.send('POST', path, undefined, { raw: '{}' });
    if (probe.status === 503) break;
  }
  return sent;
}

const uploadFile = async () => {
  const { statement } = monthStatement('ANT-1', [{ id: 'q1', date: testToday(), amount: 12_000 }]);
  const body = await signedJson(statement, device.signer());
  return () =>
    call<{ verdict?: string; error?: { code: string; message: string } }>(
      `${server.url}/api/v1/statements/uploads`,
      {
        method: 'POST',
        headers: {
          cookie: officer.cookie,
          'x-csrf-token': officer.csrfToken,
          'content-type': 'application/json',
        },
        body,
      },
    );
};

/** Asks until the answer is not `status` (the server notices the sender gone in its own time). */
async function answerOtherThan(
  status: number,
  ask: () => ReturnType<Awaited<ReturnType<typeof uploadFile>>>,
) {
  for (let attempt = 0; ; attempt += 1) {
    const answer = await ask();
    if (answer.status !== status || attempt === 100) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const filed = async () =>
  (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM statements'))[0]?.n;

it('answers a statement busy while another is arriving, files nothing of it, and takes the next once the first is gone', async () => {
  const upload = await uploadFile();
  const held = await slowStatement();
  const busy = await upload();
  expect(busy.status).toBe(503);
  expect(busy.headers.get('retry-after')).toBe('10');
  expect(busy.body.error?.code).toBe('statement.busy');
  expect(busy.body.error?.message).toContain('tidak ada yang disimpan');
  held.destroy();
  const taken = await answerOtherThan(503, upload);
  expect([taken.status, taken.body.verdict]).toEqual([201, 'genuine']);
  // The statement cut off midway left nothing behind; only whole uploads are filed.
  expect(await filed()).toBe(1);
});

/**
 * A statement that declares 8 MiB, sends its first bytes and no more, with `headers` for its
 * sender; resolves with the status the server answers while the rest of the body never comes.
 */
function unfinishedStatement(path: string, headers: Record<string, string>) {
  const sent = request(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(8 * 2 ** 20), ...headers },
  });
  sent.on('error', () => undefined);
  const status = new Promise<number | undefined>((resolve) =>
    sent.once('response', (answer) => resolve(answer.statusCode)),
  );
  sent.write('{"format":"lumbung.statement/1","statement":{');
  return { sent, status };
}

it('refuses a sender it cannot tell apart before reading its body, and keeps the place for the next', async () => {
  const upload = await uploadFile();
  const strangers = [
    unfinishedStatement('/api/v1/statements', {}),
    unfinishedStatement('/api/v1/statements', { DPoP: 'not-a-proof' }),
    unfinishedStatement('/api/v1/statements/uploads', {}),
    unfinishedStatement('/api/v1/statements/uploads', { cookie: officer.cookie }),
  ];
  // Each is answered with its body still missing: the server did not wait to read it.
  expect(await Promise.all(strangers.map((stranger) => stranger.status))).toEqual([401, 401, 401, 403]);
  // With those senders still connected, the one place is free for a signed-in officer.
  const taken = await upload();
  expect([taken.status, taken.body.verdict]).toEqual([201, 'genuine']);
  for (const stranger of strangers) stranger.sent.destroy();
});
