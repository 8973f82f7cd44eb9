import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server/harness';
import { signInAnswer } from '../support/server/officer';
import { RINA } from '../support/server/staff';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.addOfficer(RINA);
});
afterAll(() => server.stop());

it('refuses an address with 429 once it has failed thirty sign-ins within a minute', async () => {
  // Thirty usernames, so no username is locked on its own.
  for (let i = 0; i < 30; i += 1)
    expect((await signInAnswer(server.url, `tamu${i}`, 'salah')).status, `attempt ${i + 1}`).toBe(401);
  const refused = await signInAnswer(server.url, 'tamu-lain', 'salah');
  expect(refused.status).toBe(429);
  expect(refused.body.error?.code).toBe('auth.rateLimited');
});
