import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Statement } from '../../src/domain/statement/schema';
import { call } from '../support/server/answer';
import type { TestDevice } from '../support/server/device';
import { enrolDevice } from '../support/server/flow';
import { startTestServer, type TestServer } from '../support/server/harness';
import type { TestOfficer } from '../support/server/officer';
import { monthStatement, signedJson, testToday } from '../support/server/statement';
import { addAndSignIn, RINA } from '../support/server/staff';

// PostgreSQL's text and jsonb cannot hold U+0000. A statement is read as text by the domain, so a
// NUL inside it (a name, a note, a member number, a figure's place) must be answered as bad input
// or filed without it, never as a server error.

let server: TestServer;
let rina: TestOfficer;
let phone: TestDevice;

beforeAll(async () => {
  server = await startTestServer();
  [rina] = await addAndSignIn(server, RINA);
  phone = await enrolDevice(rina, 'NUL-1', 'Maria Goreti');
});
afterAll(() => server.stop());

const upload = (body: string) =>
  call<{ verdict?: string; error?: { code: string } }>(`${server.url}/api/v1/statements/uploads`, {
    method: 'POST',
    headers: { cookie: rina.cookie, 'x-csrf-token': rina.csrfToken, 'content-type': 'application/json' },
    body,
  });

const submit = async (body: string) =>
  call<{ verdict?: string; error?: { code: string } }>(`${server.url}/api/v1/statements`, {
    method: 'POST',
    headers: { DPoP: await phone.proof('POST', '/api/v1/statements'), 'content-type': 'application/json' },
    body,
  });

const statement = () => monthStatement('NUL-1', [{ id: 'n1', date: testToday(), amount: 75_000 }]).statement;

/** Statements with U+0000 in each free-text place a member controls, signed by the member's phone. */
const withNul: [string, (s: Statement) => Statement][] = [
  ['the business name', (s) => ({ ...s, business: { ...s.business, name: 'Kios\u0000Uji' } })],
  ['the owner', (s) => ({ ...s, business: { ...s.business, owner: '\u0000' } })],
  ['the member number', (s) => ({ ...s, business: { ...s.business, memberNumber: 'NUL-1\u0000' } })],
  ['the app version', (s) => ({ ...s, appVersion: 'x\u0000' })],
];

it.each(withNul)('answers a statement with U+0000 in %s without a server error', async (_, change) => {
  const body = await signedJson(change(statement()), phone.signer());
  for (const answer of [await upload(body), await submit(body)]) {
    expect(answer.status).not.toBe(500);
    expect(answer.status).toBeLessThan(500);
  }
});

it('answers a statement text holding a raw NUL byte or an escaped one in a key without a server error', async () => {
  const body = await signedJson(statement(), phone.signer());
  for (const text of [
    body.replace('"format"', '"form\\u0000at"'),
    `${body}\u0000`,
    body.replace('{', '{"\u0000":1,'),
  ]) {
    for (const answer of [await upload(text), await submit(text)]) expect(answer.status).toBeLessThan(500);
  }
});
