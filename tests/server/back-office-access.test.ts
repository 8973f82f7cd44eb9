import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STATEMENT_FILE_BYTES } from '../../src/domain/limits';
import type { TestDevice } from '../support/server/device';
import { enrolDevice } from '../support/server/flow';
import { startTestServer, type TestServer } from '../support/server/harness';
import { TestOfficer } from '../support/server/officer';
import { monthStatement, signedJson, testToday } from '../support/server/statement';
import { call } from '../support/server/answer';
import { ADMIN, addAndSignIn, BUDI, RINA } from '../support/server/staff';

let server: TestServer;
let rina: TestOfficer; // Maumere, where LAP-1 is
let budi: TestOfficer; // Ende
let admin: TestOfficer;
let phone: TestDevice;
let statementId: string;
let stale: string; // the cookie of a session that was signed out

/** Every officer route: whether it changes state, is for admins, or acts on something of Maumere's. */
interface Route {
  method: string;
  path: string;
  body?: unknown;
  changes: boolean;
  admin?: true;
  branch?: true;
}

const routes = (): Route[] => [
  { method: 'GET', path: '/api/v1/session', changes: false },
  { method: 'DELETE', path: '/api/v1/session', changes: true },
  { method: 'DELETE', path: '/api/v1/sessions', changes: true },
  { method: 'GET', path: '/api/v1/officers', changes: false, admin: true },
  {
    method: 'POST',
    path: '/api/v1/officers',
    body: { username: 'eve', password: 'eve-password', branch: 'Ende', role: 'admin' },
    changes: true,
    admin: true,
  },
  { method: 'PATCH', path: '/api/v1/officers/rina', body: { role: 'admin' }, changes: true, admin: true },
  { method: 'GET', path: '/api/v1/branches', changes: false },
  {
    method: 'POST',
    path: '/api/v1/branches',
    body: { name: 'Sikka', capacityRatio: 50 },
    changes: true,
    admin: true,
  },
  {
    method: 'PATCH',
    path: '/api/v1/branches/Maumere',
    body: { capacityRatio: 90 },
    changes: true,
    admin: true,
  },
  { method: 'GET', path: '/api/v1/audit', changes: false, admin: true },
  {
    method: 'POST',
    path: '/api/v1/enrolments',
    body: { memberNumber: 'LAP-1', memberName: 'Anggota Uji' },
    changes: true,
    branch: true,
  },
  { method: 'GET', path: '/api/v1/members/LAP-1', changes: false, branch: true },
  {
    method: 'POST',
    path: `/api/v1/members/LAP-1/devices/${'A'.repeat(16)}/revoke`,
    changes: true,
    branch: true,
  },
  { method: 'GET', path: '/api/v1/statements', changes: false },
  { method: 'GET', path: `/api/v1/statements/${statementId}`, changes: false, branch: true },
  { method: 'GET', path: '/api/v1/statements/export', changes: false },
];

const refusedCount = async () =>
  (
    await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'refused'`)
  )[0]?.n ?? 0;

/** A request with the given cookie (or none), the CSRF header only when given. */
const withCookie = (route: Route, cookie: string | null, csrf?: string) =>
  call(`${server.url}${route.path}`, {
    method: route.method,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
      ...(route.body ? { 'content-type': 'application/json' } : {}),
    },
    body: route.body ? JSON.stringify(route.body) : undefined,
  });

beforeAll(async () => {
  server = await startTestServer();
  [rina, budi, admin] = await addAndSignIn(server, RINA, BUDI, ADMIN);
  phone = await enrolDevice(rina, 'LAP-1');
  const { statement } = monthStatement('LAP-1', [{ id: 'e1', date: testToday(), amount: 5_000 }]);
  const filed = await phone.send('POST', '/api/v1/statements', undefined, {
    raw: await signedJson(statement, phone.signer()),
  });
  statementId = filed.body.id ?? '';
  const gone = await TestOfficer.signIn(server.url, 'rina', 'rina-password');
  expect((await gone.send('DELETE', '/api/v1/session')).status).toBe(204);
  stale = gone.cookie;
});
afterAll(() => server.stop());

describe('every officer route', () => {
  it('refuses a signed-out browser, a forged cookie, a signed-out cookie and a member’s device, and logs each', async () => {
    for (const route of routes()) {
      const label = `${route.method} ${route.path}`;
      const before = await refusedCount();
      expect((await withCookie(route, null)).status, `${label} signed out`).toBe(401);
      expect(
        (await withCookie(route, `lumbung_session=${'x'.repeat(43)}`, 'x')).status,
        `${label} forged`,
      ).toBe(401);
      expect((await withCookie(route, stale, rina.csrfToken)).status, `${label} replayed`).toBe(401);
      const device = await phone.send(route.method, route.path, route.body);
      expect(device.status, `${label} device`).toBe(401);
      expect(device.body.error?.code).toBe('auth.required');
      expect(await refusedCount(), label).toBe(before + 4);
    }
  });

  it('needs the CSRF token for every change, and logs the officer who tried', async () => {
    for (const route of routes().filter((r) => r.changes)) {
      const answer = await withCookie(route, admin.cookie);
      expect(answer.status, `${route.method} ${route.path}`).toBe(403);
      expect(answer.body.error?.code).toBe('csrf.invalid');
      const wrong = await withCookie(route, admin.cookie, budi.csrfToken);
      expect(wrong.status, `${route.method} ${route.path} with another session's token`).toBe(403);
    }
    const [last] = await server.db.query<{ actor: string; outcome: string; detail: { code: string } }>(
      'SELECT actor, outcome, detail FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    expect(last).toMatchObject({ actor: 'admin', outcome: 'refused', detail: { code: 'csrf.invalid' } });
  });

  it('keeps admin routes from officers (403) and Maumere’s members and statements from Ende (404)', async () => {
    for (const route of routes().filter((r) => r.admin)) {
      const answer = await rina.send(route.method, route.path, route.body);
      expect(answer.status, `${route.method} ${route.path}`).toBe(403);
    }
    for (const route of routes().filter((r) => r.branch)) {
      const answer = await budi.send(route.method, route.path, route.body);
      expect([403, 404], `${route.method} ${route.path}`).toContain(answer.status);
    }
    const lines = await server.db.query<{ actor: string; action: string }>(
      `SELECT actor, action FROM audit_log WHERE outcome = 'refused' AND actor = 'budi'`,
    );
    expect(lines.map((line) => line.action)).toContain('GET /api/v1/statements/:id');
    // Ende's list holds none of Maumere's statements.
    const list = await budi.send<{ items: unknown[] }>('GET', '/api/v1/statements');
    expect(list.body.items).toEqual([]);
  });

  it('never takes an officer’s session for a device, nor a device proof for an officer', async () => {
    const answer = await rina.send('GET', '/api/v1/devices');
    expect(answer.status).toBe(401);
    const upload = await call(`${server.url}/api/v1/statements/uploads`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        DPoP: await phone.proof('POST', '/api/v1/statements/uploads'),
      },
      body: '{}',
    });
    expect(upload.status).toBe(401);
  });
});

describe('bad input on the back office’s fields', () => {
  const injection = "x' OR '1'='1'; DROP TABLE officers; --";
  it('answers 400 (never 500) for injection strings and oversized values in constrained fields', async () => {
    const cases: [string, string, unknown][] = [
      [
        'POST',
        '/api/v1/officers',
        { username: injection, password: 'long-enough', branch: 'Ende', role: 'officer' },
      ],
      [
        'POST',
        '/api/v1/officers',
        { username: 'okname', password: 'p'.repeat(300), branch: 'Ende', role: 'officer' },
      ],
      [
        'POST',
        '/api/v1/officers',
        { username: 'okname', password: 'long-enough', branch: 'b'.repeat(500), role: 'officer' },
      ],
      [
        'POST',
        '/api/v1/officers',
        { username: 'okname', password: 'long-enough', branch: 'Ende', role: injection },
      ],
      ['PATCH', `/api/v1/officers/${encodeURIComponent(injection)}`, { role: 'admin' }],
      ['PATCH', '/api/v1/officers/rina', { disabled: injection }],
      ['PATCH', '/api/v1/officers/rina', {}],
      ['POST', '/api/v1/branches', { name: 'Sikka', capacityRatio: injection }],
      ['POST', '/api/v1/branches', { name: 'Sikka', capacityRatio: 1000 }],
      ['POST', '/api/v1/branches', { name: 'n'.repeat(500), capacityRatio: 50 }],
      ['PATCH', '/api/v1/branches/Maumere', { capacityRatio: 0 }],
      ['PATCH', '/api/v1/branches/%20%20', { capacityRatio: 50 }],
      ['GET', `/api/v1/audit?before=${encodeURIComponent(injection)}`, undefined],
      ['GET', '/api/v1/audit?limit=100000', undefined],
      ['GET', `/api/v1/statements/export?status=${encodeURIComponent(injection)}`, undefined],
      ['GET', `/api/v1/statements/export?member=${'9'.repeat(300)}`, undefined],
      ['POST', '/api/v1/enrolments', { memberNumber: injection, memberName: 'A' }],
      ['POST', '/api/v1/enrolments', { memberNumber: 'LAP-9', memberName: 'n'.repeat(2000) }],
    ];
    for (const [method, path, body] of cases) {
      const answer = await admin.send(method, path, body);
      expect(answer.status, `${method} ${path} ${JSON.stringify(body ?? null).slice(0, 80)}`).toBe(400);
      expect(answer.body.error?.code).toBe('body.invalid');
    }
  });

  it('stores an injection string in a free-text field as text, harmlessly', async () => {
    const added = await admin.send('POST', '/api/v1/branches', { name: injection, capacityRatio: 55 });
    expect(added.status).toBe(201);
    const list = await admin.send<{ items: { name: string }[] }>('GET', '/api/v1/branches');
    expect(list.body.items.map((branch) => branch.name)).toContain(injection);
    expect((await rina.send('GET', '/api/v1/session')).status).toBe(200);
  });

  it('refuses an upload that is not a statement with 400 and one over the limit with 413', async () => {
    for (const raw of ['not json', '{}', '%PDF-1.7\nnot really']) {
      const answer = await call(`${server.url}/api/v1/statements/uploads`, {
        method: 'POST',
        headers: {
          cookie: rina.cookie,
          'x-csrf-token': rina.csrfToken,
          'content-type': raw.startsWith('%PDF') ? 'application/pdf' : 'application/json',
        },
        body: raw,
      });
      expect(answer.status, raw).toBe(400);
    }
    const huge = await call(`${server.url}/api/v1/statements/uploads`, {
      method: 'POST',
      headers: { cookie: rina.cookie, 'x-csrf-token': rina.csrfToken, 'content-type': 'application/pdf' },
      body: new Uint8Array(MAX_STATEMENT_FILE_BYTES + 1),
    });
    expect(huge.status).toBe(413);
  });
});
