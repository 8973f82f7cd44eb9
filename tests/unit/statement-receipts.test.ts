import { beforeAll, describe, expect, it } from 'vitest';
import {
  signStatement,
  statementJson,
  verifyStatement,
  type StatementReceipts,
} from '../../src/domain/statement';
import { loadLanguage } from '../../src/i18n/translate';
import { witnessLines } from '../../src/i18n/witness-lines';
import { tenunStatement } from '../support/domain/credit-statement-fixture';
import { receiptServer } from '../support/domain/receipt-server';
import { RECEIPT_BOOK, witnessedReceipts } from '../support/domain/receipts';
import { testSigner } from '../support/domain/statement-fixture';

const PERIOD = { from: '2026-01-01', to: '2026-02-28' };

beforeAll(() => loadLanguage('en'));

const fail = (): never => {
  throw new Error('the statement carries receipts: a witness check is expected');
};

async function verifiedWith(receipts: StatementReceipts, serverFingerprint?: string) {
  const file = await signStatement(tenunStatement(PERIOD, { receipts }), await testSigner());
  expect(file.format).toBe('lumbung.statement/2');
  return verifyStatement(statementJson(file), serverFingerprint === undefined ? {} : { serverFingerprint });
}

describe('server receipts in a /2 statement', () => {
  it('says how far the server witnessed the chain, and that the key is the cooperative’s when the officer gives it', async () => {
    const { server, receipts } = await witnessedReceipts();
    const result = await verifiedWith(receipts, server.fingerprint);
    expect(result.verdict).toBe('genuine');
    const witness = result.witness;
    expect(witness).toMatchObject({
      serverFingerprint: server.fingerprint,
      serverKeyMatches: true,
      valid: 2,
      upTo: { seq: 120, receivedAt: '2026-03-05T02:00:00Z', date: '2026-03-05' },
    });
    // Every record of the period was recorded before the last receipt (made after the period).
    const statement = result.statement as unknown as Record<
      'entries' | 'transfers' | 'settlements',
      unknown[]
    >;
    const rows = statement.entries.length + statement.transfers.length + statement.settlements.length;
    expect(witness?.records).toBe(rows);
    expect(witness?.recordedBefore).toBe(witness?.records);
    expect(witnessLines('id', witness ?? fail())).toEqual([
      expect.stringMatching(
        /^Server koperasi menyaksikan rantai buku ini sampai revisi ke-120 pada 5 Mar 2026 \(2 tanda terima sah\): 17 dari 17 catatan/,
      ),
      `Kunci server ${server.fingerprint} adalah kunci server koperasi.`,
    ]);
  });

  it('leaves the server key unconfirmed when the officer gives none, and says so', async () => {
    const { server, receipts } = await witnessedReceipts();
    const result = await verifiedWith(receipts);
    expect(result.verdict).toBe('genuine');
    expect(result.witness?.serverKeyMatches).toBeNull();
    expect(witnessLines('en', result.witness ?? fail())[1]).toContain(
      `Server key ${server.fingerprint} is not checked yet`,
    );
  });

  it('makes the statement DIUBAH when a receipt is for another book', async () => {
    const { receipts } = await witnessedReceipts({ book: 'another-book' });
    const result = await verifiedWith(receipts);
    expect(result.verdict).toBe('altered');
    expect(result.problems).toContainEqual({
      code: 'receipt.book',
      params: { receipt: 1, book: 'another-book' },
    });
    expect(result.witness?.upTo).toBeNull();
  });

  it('makes the statement DIUBAH when a receipt is not signed by the server key it carries', async () => {
    const { receipts } = await witnessedReceipts();
    const other = await receiptServer();
    const forged = await other.sign({
      iss: 'https://kopdit.example',
      book: RECEIPT_BOOK,
      seq: 500,
      hash: 'cd'.repeat(32),
      receivedAt: '2026-02-01T00:00:00Z',
    });
    const result = await verifiedWith({ ...receipts, items: [...receipts.items, forged] });
    expect(result.verdict).toBe('altered');
    expect(result.problems).toContainEqual({ code: 'receipt.invalid', params: { receipt: 3 } });
    // The forged receipt's seq is not taken as witnessed.
    expect(result.witness?.upTo?.seq).toBe(120);
  });

  it('makes the statement DIUBAH when its receipts are signed by a key that is not the cooperative’s', async () => {
    const { receipts } = await witnessedReceipts();
    const cooperative = await receiptServer();
    const result = await verifiedWith(receipts, cooperative.fingerprint);
    expect(result.verdict).toBe('altered');
    expect(result.problems.map((p) => p.code)).toEqual(['receipt.serverKey']);
  });

  it('notes only the records recorded before the furthest receipt when the server saw the chain early', async () => {
    const { server } = await witnessedReceipts();
    const early = await server.sign({
      iss: 'x',
      book: RECEIPT_BOOK,
      seq: 3,
      hash: 'ef'.repeat(32),
      receivedAt: '2026-01-01T00:00:00Z',
    });
    const result = await verifiedWith({ book: RECEIPT_BOOK, serverKey: server.jwk, items: [early] });
    expect(result.verdict).toBe('genuine');
    expect(result.witness?.upTo).toMatchObject({ seq: 3, date: '2026-01-01' });
    expect(result.witness?.recordedBefore).toBeLessThan(result.witness?.records ?? 0);
  });
});
