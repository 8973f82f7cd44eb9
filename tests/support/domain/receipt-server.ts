import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { fingerprintOf, toPublicJwk } from '../../../src/domain/statement/keys';
import type { PublicJwk } from '../../../src/domain/statement/schema';

/** What a receipt claims. */
export interface ReceiptClaims {
  iss: string;
  book: string;
  seq: number;
  hash: string;
  receivedAt: string;
}

/** A receipt-signing server as the cooperative runs it (jose, ES256): its public key, fingerprint and signer. */
export async function receiptServer(): Promise<{
  jwk: PublicJwk;
  fingerprint: string;
  sign: (claims: ReceiptClaims) => Promise<string>;
}> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = toPublicJwk(await exportJWK(publicKey));
  return {
    jwk,
    fingerprint: await fingerprintOf(jwk),
    sign: (claims) =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
        .setIssuedAt()
        .sign(privateKey),
  };
}
