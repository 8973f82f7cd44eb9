import { request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_STATEMENT_FILE_BYTES, MAX_WITNESSED_STATEMENT_BYTES } from '../../src/domain/limits';
import { enrolDevice } from '../support/server/flow';
import type { TestDevice } from '../support/server/device';
import { startTestServer, type TestServer } from '../support/server/harness';
import { TestOfficer } from '../support/server/officer';

// A statement body over the format's bound is refused as it arrives: a declared length over it is
// answered before a byte of the body is read, in the officers' language, and nothing is filed.

let server: TestServer;
let officer: TestOfficer;
let device: TestDevice;

beforeAll(async () => {
  server = await startTestServer();
  await server.addOfficer({ username: 'ani', password: 'ani-password', branch: 'Maumere', role: 'officer' });
  officer = await TestOfficer.signIn(server.url, 'ani', 'ani-password');
  device = await enrolDevice(officer, 'LIM-1');
});
afterAll(() => server.stop());

/** Starts a request declaring `length` bytes, sends a few, and answers what the server says before the rest. */
function declared(path: string, type: string, length: number, headers: Record<string, string>) {
  return new Promise<{ status: number; body: { error: { code: string; message: string } } }>(
    (resolve, reject) => {
      const sent = request(`${server.url}${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': type, 'content-length': String(length) },
      });
      sent.on('response', (answer) => {
        let text = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => (text += chunk));
        answer.on('end', () => {
          sent.destroy();
          resolve({ status: answer.statusCode ?? 0, body: JSON.parse(text) });
        });
      });
      sent.on('error', reject);
      sent.write('{"format":"lumbung.statement/1"');
    },
  );
}

const filed = async () =>
  (await officer.send<{ items: unknown[] }>('GET', '/api/v1/statements')).body.items.length;

it("refuses a device's statement over the bound of a statement with its evidence, naming the bounds", async () => {
  const path = '/api/v1/statements';
  const answer = await declared(path, 'application/json', MAX_WITNESSED_STATEMENT_BYTES + 1, {
    DPoP: await device.proof('POST', path),
  });
  expect(answer.status).toBe(413);
  expect(answer.body.error.code).toBe('statement.tooLarge');
  expect(answer.body.error.message).toContain(`${Math.ceil(MAX_WITNESSED_STATEMENT_BYTES / 2 ** 20)} MB`);
  expect(await filed()).toBe(0);
});

it("refuses an officer's upload over its type's bound: a PDF past the largest statement file", async () => {
  const auth = { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken };
  const pdf = await declared(
    '/api/v1/statements/uploads',
    'application/pdf',
    MAX_STATEMENT_FILE_BYTES + 1,
    auth,
  );
  expect(pdf.status).toBe(413);
  expect(pdf.body.error.message).toContain(`${Math.ceil(MAX_STATEMENT_FILE_BYTES / 2 ** 20)} MB`);
  const json = await declared(
    '/api/v1/statements/uploads',
    'application/json',
    MAX_WITNESSED_STATEMENT_BYTES + 1,
    auth,
  );
  expect(json.status).toBe(413);
  expect(json.body.error.code).toBe('statement.tooLarge');
  expect(await filed()).toBe(0);
});
