import { afterAll, beforeAll, expect, it } from 'vitest';
import { call } from '../support/server/answer';
import { enrolDevice } from '../support/server/flow';
import { startTestServer, type TestServer } from '../support/server/harness';
import { signInAnswer, TestOfficer } from '../support/server/officer';

// Bad input on the officer routes the back-office access test leaves out: sign-in, members and
// devices, the list's query and cursor, the statement id, the export format, raw bodies. Each is
// refused as bad input (never 500), and nothing is written or learnt from it.

let server: TestServer;
let admin: TestOfficer;
const injection = "x' OR '1'='1'; DROP TABLE officers; --";
const nul = 'a\u0000b';

beforeAll(async () => {
  server = await startTestServer();
  await server.addOfficer({ username: 'admin', password: 'admin-password', branch: 'Pusat', role: 'admin' });
  admin = await TestOfficer.signIn(server.url, 'admin', 'admin-password');
  await enrolDevice(admin, 'LAP-1');
});
afterAll(() => server.stop());

it('answers a sign-in with an injection string as a wrong password, and NULs or oversized fields as bad input', async () => {
  expect((await signInAnswer(server.url, injection, 'admin-password')).status).toBe(401);
  // PostgreSQL cannot hold U+0000 in text: refused as bad input before any query.
  for (const [username, password] of [
    [nul, 'admin-password'],
    ['admin\u0000', 'admin-password'],
    ['admin', `admin-password${nul}`],
  ])
    expect((await signInAnswer(server.url, username ?? '', password ?? '')).status).toBe(400);
  expect((await signInAnswer(server.url, 'u'.repeat(201), 'x')).status).toBe(400);
  expect((await signInAnswer(server.url, 'admin', 'p'.repeat(1025))).status).toBe(400);
  const notText = await call(`${server.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: { $ne: '' }, password: ['x'] }),
  });
  expect(notText.status).toBe(400);
  // The officers table is still there, and the admin still signs in.
  expect((await signInAnswer(server.url, 'admin', 'admin-password')).status).toBe(200);
});

it('refuses bad input in every path, query and body field of the officer routes with 400', async () => {
  const cases: [string, string, unknown][] = [
    ['GET', `/api/v1/members/${encodeURIComponent(injection)}`, undefined],
    ['GET', `/api/v1/members/${'9'.repeat(90)}`, undefined],
    ['GET', `/api/v1/members/${encodeURIComponent(nul)}`, undefined],
    ['POST', `/api/v1/members/LAP-1/devices/${encodeURIComponent(injection)}/revoke`, undefined],
    ['POST', `/api/v1/members/${encodeURIComponent(injection)}/devices/${'A'.repeat(16)}/revoke`, undefined],
    ['GET', `/api/v1/statements?status=${encodeURIComponent(injection)}`, undefined],
    ['GET', `/api/v1/statements?member=${encodeURIComponent(injection)}`, undefined],
    ['GET', '/api/v1/statements?limit=0', undefined],
    ['GET', '/api/v1/statements?limit=201', undefined],
    ['GET', `/api/v1/statements?limit=${encodeURIComponent(injection)}`, undefined],
    ['GET', `/api/v1/statements?cursor=${encodeURIComponent(injection)}`, undefined],
    ['GET', `/api/v1/statements?cursor=${'A'.repeat(500)}`, undefined],
    [
      'GET',
      `/api/v1/statements?cursor=${Buffer.from(JSON.stringify({ receivedAt: injection, id: injection })).toString('base64url')}`,
      undefined,
    ],
    ['GET', '/api/v1/statements?unknown=1', undefined],
    ['GET', `/api/v1/statements/${encodeURIComponent(injection)}`, undefined],
    ['GET', `/api/v1/statements/export?format=${encodeURIComponent(injection)}`, undefined],
    ['POST', '/api/v1/enrolments', { memberNumber: 'LAP-2', memberName: nul }],
    ['POST', '/api/v1/enrolments', { memberNumber: nul, memberName: 'Anggota' }],
    ['POST', '/api/v1/enrolments', { memberNumber: ['LAP-2'], memberName: 'Anggota' }],
    ['POST', '/api/v1/branches', { name: nul, capacityRatio: 50 }],
    [
      'POST',
      '/api/v1/officers',
      { username: 'okname', password: `long-enough${nul}`, branch: nul, role: 'officer' },
    ],
    ['PATCH', '/api/v1/officers/admin', { role: 'admin', extra: injection }],
  ];
  for (const [method, path, body] of cases) {
    const answer = await admin.send(method, path, body);
    expect(answer.status, `${method} ${path.slice(0, 90)} ${JSON.stringify(body ?? null).slice(0, 60)}`).toBe(
      400,
    );
    expect(answer.body.error?.code).toBe('body.invalid');
  }
  const branches = await server.db.query<{ name: string }>('SELECT name FROM branches ORDER BY name');
  expect(branches.map((row) => row.name)).toEqual(['Pusat']);
});

it('answers a body that is not JSON, or too large for its route, without a 500', async () => {
  const raw = (path: string, body: string, type = 'application/json') =>
    call(`${server.url}${path}`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': type },
      body,
    });
  expect((await raw('/api/v1/enrolments', '{"memberNumber":')).status).toBe(400);
  expect(
    (await raw('/api/v1/enrolments', 'memberNumber=LAP-2', 'application/x-www-form-urlencoded')).status,
  ).toBe(400);
  // A path parameter longer than the router reads is refused before any route runs.
  expect((await admin.send('GET', `/api/v1/members/${'9'.repeat(300)}`)).status).toBe(414);
  const big = JSON.stringify({ memberNumber: 'LAP-2', memberName: 'n'.repeat(20_000) });
  expect((await raw('/api/v1/enrolments', big)).status).toBe(413);
  expect(
    (await raw('/api/v1/session', JSON.stringify({ username: 'u'.repeat(20_000), password: 'x' }))).status,
  ).toBe(413);
});
