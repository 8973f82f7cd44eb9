import { describe, expect, it } from 'vitest';
import { verifyReceipt, type ReceiptCheck } from '../../../src/domain/sync/receipt';
import { receiptServer, type ReceiptClaims } from '../../support/domain/receipt-server';
import { present, saleChain, SYNC_BOOK } from '../../support/domain/sync-chain';

const chain = saleChain(3);
const claims = (over: Partial<ReceiptClaims> = {}): ReceiptClaims => ({
  iss: 'https://kopdit.example',
  book: SYNC_BOOK,
  seq: 3,
  hash: present(chain[2]).hash,
  receivedAt: '2026-03-02T01:16:00.000Z',
  ...over,
});

async function setup() {
  const server = await receiptServer();
  const check: ReceiptCheck = {
    serverKey: server.jwk,
    serverFingerprint: server.fingerprint,
    bookId: SYNC_BOOK,
    issuer: 'https://kopdit.example',
    hashAt: (seq) => chain.find((r) => r.seq === seq)?.hash,
  };
  const codeOf = async (jws: string, over: Partial<ReceiptCheck> = {}) => {
    const result = await verifyReceipt(jws, { ...check, ...over });
    return result.ok ? 'verified' : present(result.errors[0]).code;
  };
  return { server, check, codeOf };
}

describe('receipts', () => {
  it('verify when the server’s key signed this book’s tip as the phone holds it', async () => {
    const { server, check } = await setup();
    const jws = await server.sign(claims());
    expect(await verifyReceipt(jws, check)).toEqual({ ok: true, value: { ...claims(), jws } });
  });

  it('refuse a receipt for another book, another hash, a seq the phone lacks, or another issuer', async () => {
    const { server, codeOf } = await setup();
    expect(await codeOf(await server.sign(claims({ book: 'another-book' })))).toBe('sync.receiptBook');
    expect(await codeOf(await server.sign(claims({ hash: present(chain[1]).hash })))).toBe(
      'sync.receiptHash',
    );
    expect(await codeOf(await server.sign(claims({ seq: 4 })))).toBe('sync.receiptUnknownSeq');
    expect(await codeOf(await server.sign(claims({ iss: 'https://other.example' })))).toBe(
      'sync.receiptIssuer',
    );
  });

  it('refuse a receipt signed by another key, a key with another fingerprint, or altered after signing', async () => {
    const { server, codeOf } = await setup();
    const stranger = await receiptServer();
    const jws = await server.sign(claims());
    expect(await codeOf(await stranger.sign(claims()))).toBe('sync.receiptSignature');
    expect(await codeOf(jws, { serverFingerprint: stranger.fingerprint })).toBe('sync.receiptServerKey');
    const [head, , sig] = jws.split('.');
    const body = Buffer.from(JSON.stringify(claims({ seq: 2, hash: present(chain[1]).hash }))).toString(
      'base64url',
    );
    expect(await codeOf(`${head}.${body}.${sig}`)).toBe('sync.receiptSignature');
  });

  it('refuse what is not an ES256 receipt with its five claims', async () => {
    const { server, codeOf } = await setup();
    const jws = await server.sign(claims());
    const [, body, sig] = jws.split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    expect(await codeOf(`${none}.${body}.`)).toBe('sync.receiptMalformed');
    expect(await codeOf(`${none}.${body}.${sig}`)).toBe('sync.receiptMalformed');
    expect(await codeOf('not a receipt')).toBe('sync.receiptMalformed');
    const partial: Partial<ReceiptClaims> = claims();
    delete partial.receivedAt;
    const unsigned = await server.sign(partial as ReceiptClaims);
    expect(await codeOf(unsigned)).toBe('sync.receiptMalformed');
    expect(await codeOf(await server.sign(claims({ receivedAt: '2 Maret 2026' })))).toBe(
      'sync.receiptMalformed',
    );
  });
});
