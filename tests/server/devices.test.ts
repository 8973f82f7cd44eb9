import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf, toPublicJwk } from '../../src/domain/statement/keys';
import { TestDevice } from '../support/server/device';
import { enrolDevice } from '../support/server/flow';
import { startTestServer, type TestServer } from '../support/server/harness';
import type { TestOfficer } from '../support/server/officer';
import { addAndSignIn, BUDI, RINA } from '../support/server/staff';

let server: TestServer;
let rina: TestOfficer; // Maumere
let budi: TestOfficer; // Ende
beforeAll(async () => {
  server = await startTestServer({ LUMBUNG_ENROLMENT_TTL_S: '2' });
  [rina, budi] = await addAndSignIn(server, RINA, BUDI);
});
afterAll(() => server.stop());

describe('enrolment', () => {
  it('gives a one-time code that registers the device under the member, in canonical form', async () => {
    const issued = await rina.send('POST', '/api/v1/enrolments', {
      memberNumber: '\u200bKSP-0421 ',
      memberName: 'Maria  Goreti',
    });
    expect(issued.status).toBe(201);
    expect(issued.body.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(Date.parse(issued.body.expiresAt ?? '')).toBeGreaterThan(Date.now());
    const device = await TestDevice.create(server.url);
    const enrolled = await device.send('POST', '/api/v1/devices', { code: issued.body.code });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toEqual({
      memberNumber: 'KSP-0421',
      fingerprint: await fingerprintOf(toPublicJwk(device.publicJwk)),
    });
    const again = await (
      await TestDevice.create(server.url)
    ).send('POST', '/api/v1/devices', {
      code: issued.body.code,
    });
    expect(again.status).toBe(400);
    expect(again.body.error?.code).toBe('enrolment.code');
  });

  it('refuses an expired code', async () => {
    const issued = await rina.send('POST', '/api/v1/enrolments', {
      memberNumber: 'EXP-1',
      memberName: 'Lambat',
    });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const device = await TestDevice.create(server.url);
    expect((await device.send('POST', '/api/v1/devices', { code: issued.body.code })).status).toBe(400);
  });

  it('refuses a member number that is not one, and a member of another branch', async () => {
    const bad = await rina.send('POST', '/api/v1/enrolments', { memberNumber: '-12', memberName: 'X' });
    expect(bad.status).toBe(400);
    await rina.send('POST', '/api/v1/enrolments', { memberNumber: 'MAU-9', memberName: 'Yosef' });
    const other = await budi.send('POST', '/api/v1/enrolments', {
      memberNumber: 'MAU-9',
      memberName: 'Yosef',
    });
    expect(other.status).toBe(403);
  });
});

describe('devices', () => {
  it('list the member devices to each of them, and show them to the branch officer only', async () => {
    const first = await enrolDevice(rina, 'DUO-1');
    const second = await enrolDevice(rina, 'DUO-1');
    const listed = await second.send<{ fingerprint: string; enrolledAt: string }[]>('GET', '/api/v1/devices');
    expect(listed.status).toBe(200);
    expect(listed.body.map((d) => d.fingerprint).sort()).toEqual(
      [
        await fingerprintOf(toPublicJwk(first.publicJwk)),
        await fingerprintOf(toPublicJwk(second.publicJwk)),
      ].sort(),
    );
    const member = await rina.send<{ devices: unknown[]; books: unknown[] }>('GET', '/api/v1/members/DUO-1');
    expect(member.status).toBe(200);
    expect(member.body.devices).toHaveLength(2);
    expect((await budi.send('GET', '/api/v1/members/DUO-1')).status).toBe(404);
    expect((await budi.send('GET', '/api/v1/members/NOBODY-1')).status).toBe(404);
  });

  it('are refused from the moment an officer revokes them', async () => {
    const device = await enrolDevice(rina, 'REV-1');
    expect((await device.send('GET', '/api/v1/devices')).status).toBe(200);
    const fingerprint = await fingerprintOf(toPublicJwk(device.publicJwk));
    const path = `/api/v1/members/REV-1/devices/${fingerprint}/revoke`;
    expect((await budi.send('POST', path)).status).toBe(404);
    expect((await rina.send('POST', path, undefined, false)).status).toBe(403);
    expect((await rina.send('POST', path)).status).toBe(204);
    const refused = await device.send('GET', '/api/v1/devices');
    expect(refused.status).toBe(401);
    expect(refused.body.error?.code).toBe('device.unknown');
    const listed = await rina.send<{ devices: { revokedAt?: string }[] }>('GET', '/api/v1/members/REV-1');
    expect(listed.body.devices[0]?.revokedAt).toBeDefined();
  });

  it('refuse a valid proof by a key that was never enrolled on every device route', async () => {
    const stranger = await TestDevice.create(server.url);
    for (const [method, path] of [
      ['GET', '/api/v1/devices'],
      ['GET', '/api/v1/books'],
      ['GET', '/api/v1/books/0b0c8e2e-2c44-4f4e-9d8e-5d1f3c9a7b10/revisions'],
    ] as const)
      expect((await stranger.send(method, path)).status, path).toBe(401);
  });
});

describe('DPoP proofs', () => {
  let device: TestDevice;
  beforeAll(async () => {
    device = await enrolDevice(rina, 'DPOP-1');
  });
  const refused = async (proof: string, method = 'GET', path = '/api/v1/devices') => {
    const answer = await device.send(method, path, undefined, { proof });
    expect(answer.status).toBe(401);
    expect(answer.body.error?.code).toBe('dpop.invalid');
  };

  it('are refused when replayed, even by the same device', async () => {
    const proof = await device.proof('GET', '/api/v1/devices');
    expect((await device.send('GET', '/api/v1/devices', undefined, { proof })).status).toBe(200);
    await refused(proof);
  });

  it('are refused for another method or another URL', async () => {
    await refused(await device.proof('GET', '/api/v1/devices', { htm: 'POST' }));
    await refused(await device.proof('GET', '/api/v1/devices', { htu: `${server.url}/api/v1/books` }));
    await refused(
      await device.proof('GET', '/api/v1/devices', { htu: 'https://elsewhere.example/api/v1/devices' }),
    );
  });

  it('are refused more than 300 seconds from the server clock, either way', async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused(await device.proof('GET', '/api/v1/devices', { iat: now - 400 }));
    await refused(await device.proof('GET', '/api/v1/devices', { iat: now + 400 }));
    const near = await device.proof('GET', '/api/v1/devices', { iat: now - 200 });
    expect((await device.send('GET', '/api/v1/devices', undefined, { proof: near })).status).toBe(200);
  });

  it('are refused with a wrong type, a forged signature, a long jti or no proof at all', async () => {
    await refused(await device.proof('GET', '/api/v1/devices', { typ: 'JWT' }));
    const { privateKey } = await generateKeyPair('ES256');
    await refused(await device.proof('GET', '/api/v1/devices', { signWith: privateKey }));
    await refused(await device.proof('GET', '/api/v1/devices', { jti: 'x'.repeat(65) }));
    await refused('not-a-proof');
    const none = await fetch(`${server.url}/api/v1/devices`);
    expect(none.status).toBe(401);
  });

  it('are refused when the header embeds a private key, or a key for another use, however often sent', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = await exportJWK(privateKey);
    await refused(await device.proof('GET', '/api/v1/devices', { jwk: privateJwk, signWith: privateKey }));
    const forEncryption = { ...device.publicJwk, use: 'enc' };
    await refused(await device.proof('GET', '/api/v1/devices', { jwk: forEncryption }));
    // The device's own key, known to the server by now, still proves only what it signs.
    await refused(await device.proof('GET', '/api/v1/devices', { signWith: privateKey }));
    expect((await device.send('GET', '/api/v1/devices')).status).toBe(200);
  });

  it('are accepted with a query string the proof leaves out', async () => {
    const answer = await device.send('GET', '/api/v1/books?x=1');
    expect(answer.status).toBe(200);
  });
});
