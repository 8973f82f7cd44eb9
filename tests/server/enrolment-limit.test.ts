import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestDevice } from '../support/server/device';
import { enrolDevice } from '../support/server/flow';
import { startTestServer, type TestServer } from '../support/server/harness';
import type { TestOfficer } from '../support/server/officer';
import { addAndSignIn, RINA } from '../support/server/staff';

let server: TestServer;
let officer: TestOfficer;
beforeAll(async () => {
  server = await startTestServer();
  [officer] = await addAndSignIn(server, RINA);
});
afterAll(() => server.stop());

it('enrols many devices from one address without limit', async () => {
  for (let i = 0; i < 12; i += 1) await enrolDevice(officer, `BANYAK-${i}`);
});

it('refuses an address with 429 after ten wrong codes within ten minutes', async () => {
  const device = await TestDevice.create(server.url);
  for (let i = 0; i < 10; i += 1)
    expect((await device.send('POST', '/api/v1/devices', { code: `WRONG-${i}` })).status).toBe(400);
  const refused = await device.send('POST', '/api/v1/devices', { code: 'WRONG-X' });
  expect(refused.status).toBe(429);
  expect(refused.body.error?.code).toBe('enrolment.rateLimited');
});
