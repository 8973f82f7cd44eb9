import type { StatementReceipts } from '../../../src/domain/statement';
import { receiptServer, type ReceiptClaims } from './receipt-server';

/** The book id the test receipts name. */
export const RECEIPT_BOOK = '4f9b2c1e-7d3a-4e5b-9c8d-1a2b3c4d5e6f';

const HASH = 'ab'.repeat(32);

/** A server made in the test and the receipts it signs for a book: at seq 40 in January, at seq 120 when the statement is made. */
export async function witnessedReceipts(overrides: Partial<ReceiptClaims> = {}) {
  const server = await receiptServer();
  const claims = (seq: number, receivedAt: string): ReceiptClaims => ({
    iss: 'https://kopdit.example',
    book: RECEIPT_BOOK,
    seq,
    hash: HASH,
    receivedAt,
    ...overrides,
  });
  const receipts: StatementReceipts = {
    book: RECEIPT_BOOK,
    serverKey: server.jwk,
    items: [
      await server.sign(claims(40, '2026-01-20T03:00:00Z')),
      await server.sign(claims(120, '2026-03-05T02:00:00Z')),
    ],
  };
  return { server, receipts };
}
