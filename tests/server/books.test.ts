import { randomBytes, randomUUID } from 'node:crypto';
import { compactVerify, importJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDevice } from '../support/server/device';
import type { TestOfficer } from '../support/server/officer';
import { chainAfter, enrolDevice, revisionsPath, type WireRevision } from '../support/server/flow';
import { startTestServer, type TestServer } from '../support/server/harness';
import { addAndSignIn, RINA } from '../support/server/staff';

let server: TestServer;
let officer: TestOfficer;
let phone: TestDevice;
let stranger: TestDevice; // another member's device
beforeAll(async () => {
  server = await startTestServer();
  [officer] = await addAndSignIn(server, RINA);
  phone = await enrolDevice(officer, 'BUKU-1');
  stranger = await enrolDevice(officer, 'BUKU-2');
});
afterAll(() => server.stop());

const push = (device: TestDevice, bookId: string, revisions: unknown[]) =>
  device.send('PUT', revisionsPath(bookId), { revisions });

/** Every stored revision of a book, read back by its member. */
async function stored(bookId: string): Promise<WireRevision[]> {
  const answer = await phone.send('GET', revisionsPath(bookId, '?limit=500'));
  expect(answer.status).toBe(200);
  return (answer.body.revisions ?? []).map(({ seq, prevHash, hash, ciphertext }) => ({
    seq,
    prevHash,
    hash,
    ciphertext,
  }));
}

/** A book with `count` revisions stored. */
async function bookWith(count: number) {
  const bookId = randomUUID();
  const revisions = chainAfter(undefined, count);
  expect((await push(phone, bookId, revisions)).status).toBe(200);
  return { bookId, revisions };
}

async function receiptClaims(receipt: string) {
  const key = await importJWK(server.keys.receiptPublicJwk, 'ES256');
  const { payload, protectedHeader } = await compactVerify(receipt, key);
  expect(protectedHeader.alg).toBe('ES256');
  return JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
}

describe('pushing revisions', () => {
  it('creates the book on its first push and answers the tip with a receipt the server key verifies', async () => {
    const bookId = randomUUID();
    const revisions = chainAfter(undefined, 3);
    const answer = await push(phone, bookId, revisions);
    expect(answer.status).toBe(200);
    expect(answer.body.tip).toEqual({ seq: 3, hash: revisions[2]?.hash });
    const claims = await receiptClaims(answer.body.receipt ?? '');
    expect(claims).toMatchObject({
      iss: server.keys.receiptFingerprint,
      book: bookId,
      seq: 3,
      hash: revisions[2]?.hash,
    });
    expect(new Date(String(claims.receivedAt)).toISOString()).toBe(claims.receivedAt);
    expect(await stored(bookId)).toEqual(revisions);
    const books = await phone.send<{ bookId: string; tip: unknown }[]>('GET', '/api/v1/books');
    expect(books.body.find((book) => book.bookId === bookId)?.tip).toEqual({
      seq: 3,
      hash: revisions[2]?.hash,
    });
  });

  it('appends a continuation, and accepts a retry silently with the receipt of when the tip was first stored', async () => {
    const { bookId, revisions } = await bookWith(2);
    const more = chainAfter(revisions[1], 2);
    const first = await push(phone, bookId, more);
    expect(first.status).toBe(200);
    const retry = await push(phone, bookId, more);
    expect(retry.status).toBe(200);
    expect(retry.body.tip).toEqual(first.body.tip);
    const [a, b] = await Promise.all([
      receiptClaims(first.body.receipt ?? ''),
      receiptClaims(retry.body.receipt ?? ''),
    ]);
    expect(b.receivedAt).toBe(a.receivedAt);
    expect(await stored(bookId)).toEqual([...revisions, ...more]);
  });

  it('skips a repeated stored prefix and appends the rest', async () => {
    const { bookId, revisions } = await bookWith(3);
    const more = chainAfter(revisions[2], 2);
    const answer = await push(phone, bookId, [...revisions.slice(1), ...more]);
    expect(answer.status).toBe(200);
    expect(answer.body.tip?.seq).toBe(5);
    expect(await stored(bookId)).toEqual([...revisions, ...more]);
  });

  it('refuses a gap, a mismatched link and a fork with 409, writing nothing of the request', async () => {
    const { bookId, revisions } = await bookWith(3);
    const tipHash = revisions[2]?.hash ?? '';
    const gap = chainAfter({ seq: 4, hash: tipHash }, 1); // starts at seq 5
    const gapAnswer = await push(phone, bookId, gap);
    expect([gapAnswer.status, gapAnswer.body.error?.code]).toEqual([409, 'chain.gap']);
    const mismatch = chainAfter({ seq: 3, hash: 'f'.repeat(64) }, 2);
    const mismatchAnswer = await push(phone, bookId, mismatch);
    expect([mismatchAnswer.status, mismatchAnswer.body.error?.code]).toEqual([409, 'chain.mismatch']);
    // A fork at seq 3 followed by new revisions: neither the repeat nor the new ones are written.
    const forked = chainAfter(revisions[1], 3);
    const forkAnswer = await push(phone, bookId, forked);
    expect([forkAnswer.status, forkAnswer.body.error?.code]).toEqual([409, 'chain.fork']);
    expect(await stored(bookId)).toEqual(revisions);
  });

  it('lets one of two pushes sent at the same moment move the tip: the same push twice is one append, two different ones are a fork', async () => {
    const { bookId, revisions } = await bookWith(2);
    const more = chainAfter(revisions[1], 2);
    const [first, again] = await Promise.all([push(phone, bookId, more), push(phone, bookId, more)]);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body.tip).toEqual(first.body.tip);
    const ours = chainAfter(more[1], 2);
    const theirs = chainAfter(more[1], 2);
    const answers = await Promise.all([push(phone, bookId, ours), push(phone, bookId, theirs)]);
    const outcomes = answers.map((answer) => [answer.status, answer.body.error?.code]);
    expect(outcomes).toContainEqual([200, undefined]);
    expect(outcomes).toContainEqual([409, 'chain.fork']);
    const kept = answers[0]?.status === 200 ? ours : theirs;
    expect(await stored(bookId)).toEqual([...revisions, ...more, ...kept]);
  });

  it("marks the pushing device as seen, as its member's officer sees it", async () => {
    const device = await enrolDevice(officer, 'SEEN-1');
    type Member = { devices: { lastSeenAt?: string }[] };
    const before = await officer.send<Member>('GET', '/api/v1/members/SEEN-1');
    expect(before.body.devices[0]?.lastSeenAt).toBeUndefined();
    expect((await push(device, randomUUID(), chainAfter(undefined, 1))).status).toBe(200);
    const after = await officer.send<Member>('GET', '/api/v1/members/SEEN-1');
    expect(after.body.devices[0]?.lastSeenAt).toBeDefined();
  });

  it('refuses a first push whose seq 1 links to something, and a first push that starts later', async () => {
    const linked = chainAfter(undefined, 1).map((revision) => ({ ...revision, prevHash: 'a'.repeat(64) }));
    const bookId = randomUUID();
    expect((await push(phone, bookId, linked)).body.error?.code).toBe('chain.mismatch');
    expect(
      (await push(phone, bookId, chainAfter({ seq: 1, hash: 'a'.repeat(64) }, 1))).body.error?.code,
    ).toBe('chain.gap');
    expect((await phone.send('GET', revisionsPath(bookId))).status).toBe(404);
  });

  it('refuses with 400 links broken inside the request, seq below 1, an empty list and malformed fields', async () => {
    const bookId = randomUUID();
    const [one, two, three] = chainAfter(undefined, 3);
    const cases: unknown[][] = [
      [one, three],
      [one, { ...two, prevHash: 'b'.repeat(64) }],
      [{ ...one, seq: 0 }],
      [],
      [{ ...one, hash: 'A'.repeat(64) }],
      [{ ...one, hash: 'abc' }],
      [{ ...one, ciphertext: 'not base64url!' }],
      [{ ...one, seq: 1.5 }],
      [{ ...one, extra: true }],
      [{ seq: 1, prevHash: null, hash: one?.hash }],
    ];
    for (const revisions of cases) {
      const answer = await push(phone, bookId, revisions);
      expect(answer.status, JSON.stringify(revisions).slice(0, 120)).toBe(400);
    }
    expect((await phone.send('PUT', revisionsPath(bookId), { revisions: [one], more: 1 })).status).toBe(400);
    expect((await phone.send('PUT', revisionsPath('not-a-uuid'), { revisions: [one] })).status).toBe(400);
  });

  it('holds each ciphertext to 64 KiB decoded, a push to 500 revisions and a request to 4 MiB', async () => {
    const bookId = randomUUID();
    const atLimit = chainAfter(undefined, 1, 64 * 1024);
    expect((await push(phone, bookId, atLimit)).status).toBe(200);
    const over = chainAfter(atLimit[0], 1, 64 * 1024 + 1);
    expect((await push(phone, bookId, over)).status).toBe(400);
    expect((await push(phone, bookId, chainAfter(atLimit[0], 501, 10))).status).toBe(400);
    const full = chainAfter(atLimit[0], 500, 10);
    expect((await push(phone, bookId, full)).status).toBe(200);
    const huge = chainAfter(full.at(-1), 70, 64 * 1024); // about 6 MiB of base64url
    expect((await push(phone, bookId, huge)).status).toBe(413);
    expect((await phone.send('GET', revisionsPath(bookId, '?after=500'))).body.tip?.seq).toBe(501);
  });
});

describe("another member's books", () => {
  it('are 404 to push, pull or overwrite, exactly like a book that does not exist', async () => {
    const { bookId, revisions } = await bookWith(2);
    const missing = randomUUID();
    const theirs = await stranger.send('GET', revisionsPath(bookId));
    const none = await stranger.send('GET', revisionsPath(missing));
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual(none.body);
    expect((await push(stranger, bookId, chainAfter(revisions[1], 1))).status).toBe(404);
    expect((await push(stranger, bookId, chainAfter(undefined, 1))).status).toBe(404);
    const listed = await stranger.send<{ bookId: string }[]>('GET', '/api/v1/books');
    expect(listed.body.map((book) => book.bookId)).not.toContain(bookId);
    expect(await stored(bookId)).toEqual(revisions);
  });
});

describe('pulling revisions', () => {
  it('pages with after and limit (1 to 500, default 100)', async () => {
    const { bookId, revisions } = await bookWith(120);
    const page = await phone.send('GET', revisionsPath(bookId));
    expect(page.body.revisions).toHaveLength(100);
    const rest = await phone.send('GET', revisionsPath(bookId, '?after=100&limit=50'));
    expect(rest.body.revisions?.map((r) => r.seq)).toEqual(revisions.slice(100).map((r) => r.seq));
    expect(rest.body.tip).toEqual({ seq: 120, hash: revisions[119]?.hash });
    for (const query of ['?limit=0', '?limit=501', '?after=-1', '?after=x', '?other=1'])
      expect((await phone.send('GET', revisionsPath(bookId, query))).status, query).toBe(400);
  });
});

describe('the wrapped book key', () => {
  it('is stored with the book for its member only', async () => {
    const { bookId } = await bookWith(1);
    const wrappedKey = randomBytes(120).toString('base64url');
    const keyPath = `/api/v1/books/${bookId}/key`;
    expect((await phone.send('GET', keyPath)).status).toBe(404);
    expect((await phone.send('PUT', keyPath, { wrappedKey })).status).toBe(204);
    expect((await phone.send('GET', keyPath)).body.wrappedKey).toBe(wrappedKey);
    expect((await stranger.send('GET', keyPath)).status).toBe(404);
    expect((await stranger.send('PUT', keyPath, { wrappedKey: 'AAAA' })).status).toBe(404);
    expect((await phone.send('GET', keyPath)).body.wrappedKey).toBe(wrappedKey);
  });
});

describe("a book's receipts, given again", () => {
  it("answer one receipt per push with the time it was stored, to the book's member only", async () => {
    const { bookId, revisions } = await bookWith(2);
    const more = chainAfter(revisions[1], 3);
    const second = await push(phone, bookId, more);
    const pushed = await receiptClaims(second.body.receipt ?? '');
    const path = `/api/v1/books/${bookId}/receipts`;
    const answer = await phone.send<{ receipts: string[]; next: number | null }>('GET', path);
    expect(answer.status).toBe(200);
    expect(answer.body.next).toBeNull();
    const claims = await Promise.all(answer.body.receipts.map(receiptClaims));
    expect(claims.map((c) => c.seq)).toEqual([2, 5]);
    expect(claims[1]).toMatchObject({ book: bookId, hash: more[2]?.hash, receivedAt: pushed.receivedAt });
    const paged = await phone.send<{ receipts: string[]; next: number | null }>('GET', `${path}?limit=1`);
    expect([paged.body.receipts.length, paged.body.next]).toEqual([1, 2]);
    expect((await stranger.send('GET', path)).status).toBe(404);
    expect((await phone.send('GET', `${path}?limit=501`)).status).toBe(400);
  });
});

describe('a refused push', () => {
  it('spends its proof all the same: the proof replayed is refused', async () => {
    const { bookId, revisions } = await bookWith(2);
    const fork = chainAfter(revisions[0], 1);
    const proof = await phone.proof('PUT', revisionsPath(bookId));
    const refused = await phone.send('PUT', revisionsPath(bookId), { revisions: fork }, { proof });
    expect(refused.status).toBe(409);
    const again = await phone.send(
      'PUT',
      revisionsPath(bookId),
      { revisions: chainAfter(revisions[1], 1) },
      { proof },
    );
    expect([again.status, again.body.error?.code]).toEqual([401, 'dpop.invalid']);
    expect(await stored(bookId)).toEqual(revisions);
  });
});
