import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Revision } from '../../src/domain/model';
import { signStatement } from '../../src/domain/statement';
import { renderStatementPdf } from '../../src/domain/statement/pdf';
import { statementLabels } from '../../src/i18n/statement-labels';
import { call } from '../support/server/answer';
import type { TestDevice } from '../support/server/device';
import { enrolDevice, revisionsPath } from '../support/server/flow';
import { startTestServer, type TestServer } from '../support/server/harness';
import { signInAnswer, TestOfficer } from '../support/server/officer';
import { creationRevisions, monthStatement, signedJson, testToday } from '../support/server/statement';
import { ADMIN, addAndSignIn, RINA } from '../support/server/staff';

let server: TestServer;
let rina: TestOfficer; // Maumere
let admin: TestOfficer;
let phone: TestDevice; // LAP-1 of Maumere

beforeAll(async () => {
  server = await startTestServer();
  [rina, admin] = await addAndSignIn(server, RINA, ADMIN);
  phone = await enrolDevice(rina, 'LAP-1', 'Maria Goreti');
});
afterAll(() => server.stop());

/** Uploads a file as an officer would from WhatsApp. */
const upload = (officer: TestOfficer, body: string | Uint8Array, type: string) =>
  call<{ id?: string; verdict?: string; witnessed?: Record<string, number>; error?: { code: string } }>(
    `${server.url}/api/v1/statements/uploads`,
    {
      method: 'POST',
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken, 'content-type': type },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    },
  );

/** The audit log's actions done by an officer, newest first. */
const actionsOf = async (actor: string) =>
  (
    await server.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE actor = $1 ORDER BY id DESC`,
      [actor],
    )
  ).map((row) => row.action);

describe('an admin managing officers and branches', () => {
  it('adds an officer, resets their password, changes their role and disables them, each in the audit log', async () => {
    expect(
      (
        await admin.send('POST', '/api/v1/officers', {
          username: 'sari',
          password: 'sari-password',
          branch: 'Ende',
          role: 'officer',
        })
      ).status,
    ).toBe(201);
    const sari = await TestOfficer.signIn(server.url, 'sari', 'sari-password');
    expect(
      (await admin.send('PATCH', '/api/v1/officers/sari', { password: 'sari-new-password' })).status,
    ).toBe(200);
    // A new password ends the old sessions and replaces the old password.
    expect((await sari.send('GET', '/api/v1/session')).status).toBe(401);
    expect((await signInAnswer(server.url, 'sari', 'sari-password')).status).toBe(401);
    const again = await TestOfficer.signIn(server.url, 'sari', 'sari-new-password');
    const promoted = await admin.send<{ role: string }>('PATCH', '/api/v1/officers/sari', { role: 'admin' });
    expect(promoted.body.role).toBe('admin');
    expect((await admin.send('PATCH', '/api/v1/officers/sari', { disabled: true })).status).toBe(200);
    expect((await again.send('GET', '/api/v1/session')).status).toBe(401);
    expect((await signInAnswer(server.url, 'sari', 'sari-new-password')).status).toBe(401);
    const list = await admin.send<{ items: { username: string; disabled: boolean }[] }>(
      'GET',
      '/api/v1/officers',
    );
    expect(list.body.items.find((officer) => officer.username === 'sari')?.disabled).toBe(true);
    expect((await admin.send('PATCH', '/api/v1/officers/admin', { disabled: true })).status).toBe(400);
    const [add, ...changes] = (await actionsOf('admin')).filter((a) => a.startsWith('officer.')).reverse();
    expect([add, changes.length]).toEqual(['officer.add', 3]);
  });

  it('adds a branch and sets its ratio, which an opened statement carries', async () => {
    expect((await admin.send('POST', '/api/v1/branches', { name: 'Sikka', capacityRatio: 45 })).status).toBe(
      201,
    );
    expect((await admin.send('POST', '/api/v1/branches', { name: 'Sikka', capacityRatio: 45 })).status).toBe(
      409,
    );
    expect((await admin.send('PATCH', '/api/v1/branches/Maumere', { capacityRatio: 35 })).status).toBe(200);
    const mine = await rina.send<{ items: { name: string; capacityRatio: number }[] }>(
      'GET',
      '/api/v1/branches',
    );
    expect(mine.body.items).toEqual([{ name: 'Maumere', capacityRatio: 35, officers: 1, members: 1 }]);
    const { statement } = monthStatement('LAP-1', [{ id: 'r1', date: testToday(), amount: 5_000 }]);
    const filed = await phone.send('POST', '/api/v1/statements', undefined, {
      raw: await signedJson(statement, phone.signer()),
    });
    const opened = await rina.send<{ capacityRatio: number; memberName: string }>(
      'GET',
      `/api/v1/statements/${filed.body.id}`,
    );
    expect([opened.body.capacityRatio, opened.body.memberName]).toEqual([35, 'Maria Goreti']);
  });

  it('reads the audit log a page at a time, newest first', async () => {
    const first = await admin.send<{ items: { id: number; actor: string | null }[]; next: number }>(
      'GET',
      '/api/v1/audit?limit=3',
    );
    expect(first.body.items).toHaveLength(3);
    const second = await admin.send<{ items: { id: number }[] }>(
      'GET',
      `/api/v1/audit?limit=3&before=${first.body.next}`,
    );
    const ids = [...first.body.items, ...second.body.items].map((item) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(6);
  });
});

describe('signing out everywhere', () => {
  it('ends every session of the officer, and only theirs', async () => {
    const [one, two] = await Promise.all([
      TestOfficer.signIn(server.url, 'rina', 'rina-password'),
      TestOfficer.signIn(server.url, 'rina', 'rina-password'),
    ]);
    expect((await one.send('DELETE', '/api/v1/sessions')).status).toBe(204);
    expect((await two.send('GET', '/api/v1/session')).status).toBe(401);
    expect((await rina.send('GET', '/api/v1/session')).status).toBe(401);
    expect((await admin.send('GET', '/api/v1/session')).status).toBe(200);
    rina = await TestOfficer.signIn(server.url, 'rina', 'rina-password');
  });
});

describe('statements an officer uploads', () => {
  it('files a JSON or PDF statement of the branch’s member, judged against the member’s registered devices', async () => {
    const { statement } = monthStatement('LAP-1', [{ id: 'u1', date: testToday(), amount: 75_000 }]);
    const json = await upload(rina, await signedJson(statement, phone.signer()), 'application/json');
    expect([json.status, json.body.verdict]).toEqual([201, 'genuine']);
    const file = await signStatement(statement, phone.signer());
    const pdf = await renderStatementPdf(file, { labels: statementLabels('id') });
    const fromPdf = await upload(rina, pdf, 'application/pdf');
    expect([fromPdf.status, fromPdf.body.verdict]).toEqual([201, 'genuine']);
    const opened = await rina.send<{ source: string; uploadedBy: string }>(
      'GET',
      `/api/v1/statements/${fromPdf.body.id}`,
    );
    expect(opened.body).toMatchObject({ source: 'officer', uploadedBy: 'rina' });
    expect(await actionsOf('rina')).toContain('statement.upload');

    const stranger = await enrolDevice(admin, 'LAP-7');
    const unregistered = await upload(
      rina,
      await signedJson(statement, stranger.signer()),
      'application/json',
    );
    expect([unregistered.status, unregistered.body.verdict]).toEqual([201, 'altered']);
    // A member of another branch is not this officer's to file under.
    const theirs = monthStatement('LAP-7', [{ id: 'u2', date: testToday(), amount: 1 }]).statement;
    expect((await upload(rina, await signedJson(theirs, stranger.signer()), 'application/json')).status).toBe(
      404,
    );
  });

  it('exports the branch’s list as CSV', async () => {
    const answer = await fetch(`${server.url}/api/v1/statements/export?status=genuine`, {
      headers: { cookie: rina.cookie },
    });
    expect(answer.headers.get('content-type')).toContain('text/csv');
    const lines = (await answer.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,nomor_anggota,periode_dari/);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1).every((line) => line.includes(',LAP-1,') && line.includes(',ASLI,'))).toBe(true);
  });

  it('exports the same list as an XLSX workbook with the same rows', async () => {
    const answer = await fetch(`${server.url}/api/v1/statements/export?status=genuine&format=xlsx`, {
      headers: { cookie: rina.cookie },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toContain('laporan-cabang.xlsx');
    const files = unzipSync(new Uint8Array(await answer.arrayBuffer()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    const csv = await fetch(`${server.url}/api/v1/statements/export?status=genuine`, {
      headers: { cookie: rina.cookie },
    });
    const csvRows = (await csv.text()).trim().split('\r\n').length;
    expect(sheet.match(/<row /g)).toHaveLength(csvRows);
    expect(strings).toContain('nomor_anggota');
    expect(strings).toContain('LAP-1');
    expect(strings).toContain('ASLI');
    expect(strings).not.toContain('DIUBAH');
    const refused = await fetch(`${server.url}/api/v1/statements/export?format=pdf`, {
      headers: { cookie: rina.cookie },
    });
    expect(refused.status).toBe(400);
  });
});

describe('the witness of a record', () => {
  it('cannot be borrowed by another entry, nor by the same entry with other fields', async () => {
    const bookId = randomUUID();
    const { statement, rows } = monthStatement('LAP-1', [{ id: 'real', date: testToday(), amount: 10_000 }]);
    const revisions = creationRevisions(bookId, rows);
    const wire = revisions.map((r) => ({
      seq: r.seq,
      prevHash: r.prevHash || null,
      hash: r.hash,
      ciphertext: 'AAAA',
    }));
    expect((await phone.send('PUT', revisionsPath(bookId), { revisions: wire })).status).toBe(200);
    const evidence = (list: Revision[]) => ({
      witness: { bookId, revisions: list.map(({ hash: _hash, ...plain }) => plain) },
    });
    const submit = async (entries: { id: string; date: string; amount: number }[]) => {
      const listed = monthStatement('LAP-1', entries).statement;
      const answer = await phone.send('POST', '/api/v1/statements', undefined, {
        raw: await signedJson(listed, phone.signer(), evidence(revisions)),
      });
      return answer.body.witnessed;
    };
    expect((await submit([{ id: 'real', date: testToday(), amount: 10_000 }]))?.never).toBe(0);
    expect(statement.entries).toHaveLength(1);
    // A later entry with the witnessed revision's id but another amount, and an entry under another id.
    expect((await submit([{ id: 'real', date: testToday(), amount: 900_000 }]))?.never).toBe(1);
    const renamed = revisions.map((revision) => ({ ...revision, subjectId: 'typed-later' }));
    const borrowed = await phone.send('POST', '/api/v1/statements', undefined, {
      raw: await signedJson(
        monthStatement('LAP-1', [{ id: 'typed-later', date: testToday(), amount: 10_000 }]).statement,
        phone.signer(),
        evidence(renamed),
      ),
    });
    expect(borrowed.body.witnessed?.never).toBe(1);
  });
});

describe('the back office web app', () => {
  it('is served at /kantor/ under a strict policy with no inline script or style', async () => {
    const page = await fetch(`${server.url}/kantor/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect((await fetch(`${server.url}/kantor/../server-data/receipt-key.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/kantor/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });
});
