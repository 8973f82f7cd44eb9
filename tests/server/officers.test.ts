import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server/harness';
import { signInAnswer, TestOfficer } from '../support/server/officer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.addOfficer({
    username: 'admin',
    password: 'admin-password',
    branch: 'Maumere',
    role: 'admin',
  });
  await server.addOfficer({
    username: 'rina',
    password: 'rina-password',
    branch: 'Maumere',
    role: 'officer',
  });
  await server.addOfficer({ username: 'budi', password: 'budi-password', branch: 'Ende', role: 'officer' });
});
afterAll(() => server.stop());

describe('officers', () => {
  it('sign in with a strict, HttpOnly session cookie and get their branch, role and CSRF token', async () => {
    const officer = await TestOfficer.signIn(server.url, 'rina', 'rina-password');
    expect(officer.login.body).toMatchObject({ username: 'rina', branch: 'Maumere', role: 'officer' });
    const cookie = officer.login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i); // reached on 127.0.0.1
    const session = await officer.send('GET', '/api/v1/session', undefined, false);
    expect(session.body.csrfToken).toBe(officer.csrfToken);
  });

  it('get the same answer for a wrong password and for an unknown username', async () => {
    const wrong = await signInAnswer(server.url, 'rina', 'not-her-password');
    const unknown = await signInAnswer(server.url, 'nobody', 'whatever-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('need the CSRF token for every change, and sign out for good', async () => {
    const officer = await TestOfficer.signIn(server.url, 'rina', 'rina-password');
    const enrolment = { memberNumber: 'CSRF-1', memberName: 'Tanpa Token' };
    expect((await officer.send('POST', '/api/v1/enrolments', enrolment, false)).status).toBe(403);
    expect((await officer.send('POST', '/api/v1/enrolments', enrolment, 'wrong')).body.error?.code).toBe(
      'csrf.invalid',
    );
    expect((await officer.send('DELETE', '/api/v1/session', undefined, false)).status).toBe(403);
    expect((await officer.send('DELETE', '/api/v1/session')).status).toBe(204);
    expect((await officer.send('GET', '/api/v1/session')).status).toBe(401);
  });

  it('are locked out for a while after ten failed sign-ins, the right password included', async () => {
    await server.addOfficer({ username: 'lupa', password: 'lupa-password', branch: 'Ende', role: 'officer' });
    for (let i = 0; i < 10; i += 1)
      expect((await signInAnswer(server.url, 'lupa', 'salah-lagi')).status).toBe(401);
    const locked = await signInAnswer(server.url, 'lupa', 'lupa-password');
    expect(locked.status).toBe(429);
    expect(locked.body.error?.code).toBe('auth.locked');
    // Another officer signing in from the same address is not held back.
    expect((await signInAnswer(server.url, 'budi', 'budi-password')).status).toBe(200);
  });

  it('lock an unknown username the same way', async () => {
    for (let i = 0; i < 10; i += 1) await signInAnswer(server.url, 'hantu', 'coba-coba');
    expect((await signInAnswer(server.url, 'hantu', 'coba-coba')).status).toBe(429);
  });

  it('are created by an admin only, in any branch, new branches included', async () => {
    const admin = await TestOfficer.signIn(server.url, 'admin', 'admin-password');
    const officer = await TestOfficer.signIn(server.url, 'rina', 'rina-password');
    const newcomer = { username: 'sari', password: 'sari-password', branch: 'Sikka Baru', role: 'officer' };
    expect((await officer.send('POST', '/api/v1/officers', newcomer)).status).toBe(403);
    const created = await admin.send('POST', '/api/v1/officers', newcomer);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ username: 'sari', branch: 'Sikka Baru', role: 'officer' });
    expect((await admin.send('POST', '/api/v1/officers', newcomer)).status).toBe(409);
    const sari = await TestOfficer.signIn(server.url, 'sari', 'sari-password');
    expect(sari.login.body.branch).toBe('Sikka Baru');
    const badName = { ...newcomer, username: 'Sari Besar' };
    expect((await admin.send('POST', '/api/v1/officers', badName)).status).toBe(400);
  });

  it('keep the session in the database: it is found by a second server process', async () => {
    const officer = await TestOfficer.signIn(server.url, 'budi', 'budi-password');
    const { buildApp } = await import('../../server/build-app');
    const second = await buildApp({ config: server.config, keys: server.keys, db: server.db });
    const url = await second.listen({ host: '127.0.0.1', port: 0 });
    try {
      const answer = await fetch(`${url}/api/v1/session`, { headers: { cookie: officer.cookie } });
      expect(answer.status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
