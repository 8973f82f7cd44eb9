import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeFingerprint } from '../../src/domain/statement/keys';
import { call } from '../support/server/answer';
import { TEST_POSTGRES_URL } from '../support/server/database';
import { startTestServer, type TestServer } from '../support/server/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const post = (path: string, body: string, type = 'application/json') =>
  call(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

describe('the server', () => {
  it('runs on PostgreSQL when the tests are given one, else on the embedded PGlite', () => {
    expect(server.db.kind).toBe(TEST_POSTGRES_URL ? 'postgres' : 'pglite');
  });

  it('publishes its receipt key and the fingerprint in the statement format', async () => {
    const answer = await call<{ jwk: Record<string, string>; fingerprint: string }>(
      `${server.url}/api/v1/server-key`,
      {},
    );
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body.jwk).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(normalizeFingerprint(answer.body.fingerprint)).toBe(answer.body.fingerprint);
  });

  it('keeps its secrets in the data folder, readable by its owner only', () => {
    if (server.config.receiptKey) return;
    for (const file of ['receipt-key.json', 'session-secret'])
      expect(statSync(join(server.config.dataDir, file)).mode & 0o777).toBe(0o600);
  });

  it('answers bad input with 400 and an Indonesian message, never 500', async () => {
    for (const body of ['{bad', '[]', 'null', '{"username":"a"}', '{"username":"a","password":"b","x":1}']) {
      const answer = await post('/api/v1/session', body);
      expect(answer.status, body).toBe(400);
      expect(answer.body.error?.code).toBe('body.invalid');
      expect(answer.body.error?.message).toMatch(/Permintaan/);
    }
    expect((await post('/api/v1/session', 'username=a', 'application/x-www-form-urlencoded')).status).toBe(
      400,
    );
  });

  it('refuses a body over its size limit with 413', async () => {
    const answer = await post(
      '/api/v1/session',
      JSON.stringify({ username: 'a', password: 'x'.repeat(40_000) }),
    );
    expect(answer.status).toBe(413);
    expect(answer.body.error?.code).toBe('body.tooLarge');
  });

  it('answers an unknown address with 404 in the same shape', async () => {
    const answer = await call(`${server.url}/api/v1/nothing-here`, {});
    expect(answer.status).toBe(404);
    expect(answer.body.error?.code).toBe('route.notFound');
  });
});
