import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Revision } from '../../src/domain/model';
import { witnessEvidenceText, withWitnessEvidence } from '../../src/domain/sync/witness-evidence';
import { TestDevice } from '../support/server/device';
import { enrolDevice, revisionsPath } from '../support/server/flow';
import { startTestServer, type TestServer } from '../support/server/harness';
import type { TestOfficer } from '../support/server/officer';
import { creationRevisions, monthStatement, signedJson, testToday } from '../support/server/statement';
import { ADMIN, addAndSignIn, BUDI, RINA } from '../support/server/staff';

interface Item {
  id: string;
  memberNumber: string;
  verdict: string;
  receivedAt: string;
  witnessed: Record<string, number>;
}

let server: TestServer;
let rina: TestOfficer; // Maumere, where the members are
let budi: TestOfficer; // Ende
let admin: TestOfficer;
let phone: TestDevice; // member LAP-1
let other: TestDevice; // member LAP-2
beforeAll(async () => {
  server = await startTestServer();
  [rina, budi, admin] = await addAndSignIn(server, RINA, BUDI, ADMIN);
  phone = await enrolDevice(rina, 'LAP-1');
  other = await enrolDevice(rina, 'LAP-2');
});
afterAll(() => server.stop());

const submit = (device: TestDevice, text: string) =>
  device.send('POST', '/api/v1/statements', undefined, { raw: text });
const today = () => testToday();

/** The member's phone pushes a book's revisions, each with a stand-in ciphertext. */
const pushPlain = (bookId: string, revisions: readonly Revision[]) =>
  phone.send('PUT', revisionsPath(bookId), {
    revisions: revisions.map((revision) => ({
      seq: revision.seq,
      prevHash: revision.prevHash || null,
      hash: revision.hash,
      ciphertext: 'AAAA',
    })),
  });

describe('submitting statements', () => {
  it('files a genuine statement signed by a registered device of the member', async () => {
    const { statement } = monthStatement('LAP-1', [{ id: 'e1', date: today(), amount: 50_000 }]);
    const answer = await submit(phone, await signedJson(statement, phone.signer()));
    expect(answer.status).toBe(201);
    expect(answer.body.verdict).toBe('genuine');
    expect(answer.body.witnessed).toEqual({ total: 1, within1d: 0, within3d: 0, within7d: 0, never: 1 });
  });

  it('files as altered a statement with a changed figure, another member number, or an unregistered key', async () => {
    const { statement } = monthStatement('LAP-1', [{ id: 'e1', date: today(), amount: 50_000 }]);
    const changed = JSON.parse(await signedJson(statement, phone.signer()));
    changed.statement.profitAndLoss.revenue += 1;
    expect((await submit(phone, JSON.stringify(changed))).body.verdict).toBe('altered');
    const theirs = monthStatement('LAP-2', [{ id: 'e1', date: today(), amount: 1 }]).statement;
    const mismatch = await submit(phone, await signedJson(theirs, phone.signer()));
    expect([mismatch.status, mismatch.body.verdict]).toEqual([201, 'altered']);
    const stranger = await TestDevice.create(server.url);
    expect((await submit(phone, await signedJson(statement, stranger.signer()))).body.verdict).toBe(
      'altered',
    );
  });

  it('refuses with 400, storing nothing, a file that is not a statement', async () => {
    const before = await rina.send<{ items: Item[] }>('GET', '/api/v1/statements?member=LAP-2&limit=200');
    for (const text of ['{}', '{"format":"lumbung.statement/9"}', 'not json', '{"a":1,"a":2}']) {
      const answer = await submit(other, text);
      expect(answer.status, text).toBe(400);
    }
    const after = await rina.send<{ items: Item[] }>('GET', '/api/v1/statements?member=LAP-2&limit=200');
    expect(after.body.items).toEqual(before.body.items);
  });
});

describe('the witness report', () => {
  it('counts the records whose revisions the server holds, by how long after their date they arrived', async () => {
    const bookId = randomUUID();
    const { statement, rows } = monthStatement('LAP-1', [
      { id: 'w1', date: today(), amount: 10_000 },
      { id: 'w2', date: today(), amount: 20_000 },
      { id: 'w3', date: today(), amount: 30_000 },
    ]);
    const revisions = creationRevisions(bookId, rows.slice(0, 2));
    expect((await pushPlain(bookId, revisions)).status).toBe(200);
    // Both revisions are taken to have arrived at noon of their entries' day, the second five days later.
    await server.db.query(
      `UPDATE revisions SET received_at = ($2::date + interval '12 hours') AT TIME ZONE 'Asia/Makassar' WHERE book_id = $1`,
      [bookId, today()],
    );
    await server.db.query(
      `UPDATE revisions SET received_at = received_at + interval '5 days' WHERE book_id = $1 AND seq = 2`,
      [bookId],
    );
    const evidence = (list: Revision[]) => ({
      witness: { bookId, revisions: list.map(({ hash: _hash, ...plain }) => plain) },
    });
    const answer = await submit(phone, await signedJson(statement, phone.signer(), evidence(revisions)));
    expect(answer.status).toBe(201);
    expect(answer.body.verdict).toBe('genuine');
    expect(answer.body.witnessed).toEqual({ total: 3, within1d: 1, within3d: 1, within7d: 2, never: 1 });

    // A revision that does not hash to the stored one proves nothing; another member proves nothing.
    const forged = revisions.map((revision) => ({ ...revision, at: '2020-01-01T00:00:00.000Z' }));
    const none = await submit(phone, await signedJson(statement, phone.signer(), evidence(forged)));
    expect(none.body.witnessed?.never).toBe(3);
    const theirs = monthStatement('LAP-2', [{ id: 'w1', date: today(), amount: 10_000 }]).statement;
    const elsewhere = await submit(other, await signedJson(theirs, other.signer(), evidence(revisions)));
    expect(elsewhere.body.witnessed?.never).toBe(1);

    // A name repeated inside the evidence makes the whole file say two things: refused, nothing filed.
    const sent = await signedJson(statement, phone.signer(), evidence(revisions));
    const at = sent.indexOf(',"witness":');
    const repeated = `${sent.slice(0, at)}${sent.slice(at).replace('"seq":1,', '"seq":1,"seq":2,')}`;
    const listed = () => rina.send<{ items: Item[] }>('GET', '/api/v1/statements?member=LAP-1&limit=200');
    const before = (await listed()).body.items;
    expect(repeated).not.toBe(sent);
    expect((await submit(phone, repeated)).status).toBe(400);
    expect((await listed()).body.items).toEqual(before);
    // An envelope naming `witness` itself, the evidence appended after it, says two things too; an
    // evidence of another shape is no evidence. Both refused, nothing filed.
    const named = `${sent.slice(0, 1)}"witness":{},${sent.slice(1)}`;
    expect((await submit(phone, named)).status).toBe(400);
    const misshapen = `${sent.slice(0, at)},"witness":{"bookId":"${bookId}","revisions":{}}}`;
    const refused = await submit(phone, misshapen);
    expect([refused.status, refused.body.error?.code]).toEqual([400, 'body.invalid']);
    // So is a revision of another shape on a line of the app's layout.
    const strayLine = `${sent.slice(0, at)}${sent.slice(at).replace('"seq":1,', '"seq":"1",')}`;
    expect(strayLine).not.toBe(sent);
    const strayRefused = await submit(phone, strayLine);
    expect([strayRefused.status, strayRefused.body.error?.code]).toEqual([400, 'body.invalid']);
    expect((await listed()).body.items).toEqual(before);

    const opened = await rina.send<{ witness: { id: string; seq: number | null }[] }>(
      'GET',
      `/api/v1/statements/${answer.body.id}`,
    );
    expect(opened.body.witness.map((record) => [record.id, record.seq])).toEqual([
      ['w1', 1],
      ['w2', 2],
      ['w3', null],
    ]);
  });
});

describe("the witness report of evidence in the app's layout", () => {
  it('hashes each revision as the phone sent it, and refuses a line that says two things', async () => {
    const bookId = randomUUID();
    const { statement, rows } = monthStatement('LAP-1', [
      { id: 'a1', date: today(), amount: 10_000 },
      { id: 'a2', date: today(), amount: 20_000 },
    ]);
    const revisions = creationRevisions(bookId, rows);
    expect((await pushPlain(bookId, revisions)).status).toBe(200);
    const envelope = await signedJson(statement, phone.signer());
    const sent = withWitnessEvidence(envelope, witnessEvidenceText(bookId, revisions));
    const answer = await submit(phone, sent);
    expect([answer.status, answer.body.verdict]).toEqual([201, 'genuine']);
    expect([answer.body.witnessed?.total, answer.body.witnessed?.never]).toEqual([2, 0]);

    // A line written otherwise than it was hashed (a space more) proves nothing, though it says the same.
    const widened = sent.replace('\n{"action"', '\n{ "action"');
    expect(widened).not.toBe(sent);
    const loose = await submit(phone, widened);
    expect([loose.status, loose.body.witnessed?.never]).toEqual([201, 1]);

    // A name repeated inside a line makes the file say two things: refused, nothing filed.
    const listed = () => rina.send<{ items: Item[] }>('GET', '/api/v1/statements?member=LAP-1&limit=200');
    const before = (await listed()).body.items;
    const repeated = sent.replace('"seq":1,', '"seq":1,"seq":2,');
    expect(repeated).not.toBe(sent);
    expect((await submit(phone, repeated)).status).toBe(400);
    expect((await listed()).body.items).toEqual(before);
  });
});

describe('the back office list', () => {
  it('shows the branch its statements newest first, filtered and paged', async () => {
    const { statement } = monthStatement('LAP-2', [{ id: 'p1', date: today(), amount: 5_000 }]);
    for (let i = 0; i < 3; i += 1) await submit(other, await signedJson(statement, other.signer()));
    const all = await rina.send<{ items: Item[]; next: string | null }>(
      'GET',
      '/api/v1/statements?limit=200',
    );
    const times = all.body.items.map((item) => item.receivedAt);
    expect(times).toEqual([...times].sort().reverse());
    const pages: Item[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await rina.send<{ items: Item[]; next: string | null }>(
        'GET',
        `/api/v1/statements?limit=2${query}`,
      );
      expect(page.status).toBe(200);
      pages.push(...page.body.items);
      cursor = page.body.next;
    }
    expect(pages.map((item) => item.id)).toEqual(all.body.items.map((item) => item.id));
    const altered = await rina.send<{ items: Item[] }>('GET', '/api/v1/statements?status=altered');
    expect(altered.body.items.length).toBeGreaterThan(0);
    expect(altered.body.items.every((item) => item.verdict === 'altered')).toBe(true);
    const mine = await rina.send<{ items: Item[] }>('GET', '/api/v1/statements?member=LAP-2');
    expect(mine.body.items.every((item) => item.memberNumber === 'LAP-2')).toBe(true);
    for (const query of ['?status=maybe', '?limit=0', '?limit=201', '?cursor=zzz', '?member=-x'])
      expect((await rina.send('GET', `/api/v1/statements${query}`)).status, query).toBe(400);
  });

  it("hides another branch's statements from an officer, not from an admin", async () => {
    const { statement } = monthStatement('LAP-1', [{ id: 'x1', date: today(), amount: 5_000 }]);
    const filed = await submit(phone, await signedJson(statement, phone.signer()));
    const path = `/api/v1/statements/${filed.body.id}`;
    expect((await rina.send('GET', path)).status).toBe(200);
    expect((await budi.send('GET', path)).status).toBe(404);
    expect((await admin.send('GET', path)).status).toBe(200);
    expect((await budi.send<{ items: Item[] }>('GET', '/api/v1/statements')).body.items).toEqual([]);
    expect(
      (await admin.send<{ items: Item[] }>('GET', '/api/v1/statements')).body.items.length,
    ).toBeGreaterThan(0);
    expect((await rina.send('GET', `/api/v1/statements/${randomUUID()}`)).status).toBe(404);
  });
});
