import { SignJWT } from 'jose';
import type { ServerKeys } from '../keys';

/** What a receipt vouches for: this book's chain reached `seq` with `hash`, first stored at `receivedAt`. */
export interface ReceiptClaims {
  book: string;
  seq: number;
  hash: string;
  receivedAt: string;
}

/** A receipt: compact JWS (ES256, the server's key) over iss, book, seq, hash, receivedAt and iat. */
export function signReceipt(keys: ServerKeys, claims: ReceiptClaims): Promise<string> {
  return new SignJWT({ iss: keys.receiptFingerprint, ...claims })
    .setProtectedHeader({ alg: 'ES256', typ: 'lumbung-receipt+jwt', kid: keys.receiptFingerprint })
    .setIssuedAt()
    .sign(keys.receiptKey);
}
