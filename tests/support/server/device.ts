import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { StatementSigner } from '../../../src/domain/statement/keys';
import { toPublicJwk } from '../../../src/domain/statement/keys';
import { call, type Answer, type ApiAnswer } from './answer';

/** What a proof claims, each part replaceable to make a wrong one. */
export interface ProofParts {
  htm?: string;
  htu?: string;
  iat?: number;
  jti?: string;
  typ?: string;
  /** Sign with this key while embedding the device's public key (a forged proof). */
  signWith?: CryptoKey;
  /** Embed this JWK in the header instead of the device's public key. */
  jwk?: JWK;
}

/** A phone: its ES256 key, and requests to the server signed with DPoP proofs. */
export class TestDevice {
  private constructor(
    readonly baseUrl: string,
    readonly privateKey: CryptoKey,
    readonly publicJwk: JWK,
  ) {}

  /** A device with a new key, talking to the server at `baseUrl`. */
  static async create(baseUrl: string): Promise<TestDevice> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    return new TestDevice(baseUrl, privateKey, { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
  }

  /** The same device talking to a server at another address (after a restart). */
  at(baseUrl: string): TestDevice {
    return new TestDevice(baseUrl, this.privateKey, this.publicJwk);
  }

  /** The device key as a statement signer (the key that signs statements is the device key). */
  signer(): StatementSigner {
    return { privateKey: this.privateKey, publicKey: toPublicJwk(this.publicJwk) };
  }

  /** A DPoP proof for a request (right unless `parts` says otherwise). */
  proof(method: string, path: string, parts: ProofParts = {}): Promise<string> {
    return new SignJWT({
      jti: parts.jti ?? randomUUID(),
      htm: parts.htm ?? method,
      htu: parts.htu ?? `${this.baseUrl}${path.split('?')[0]}`,
      iat: parts.iat ?? Math.floor(Date.now() / 1000),
    })
      .setProtectedHeader({ typ: parts.typ ?? 'dpop+jwt', alg: 'ES256', jwk: parts.jwk ?? this.publicJwk })
      .sign(parts.signWith ?? this.privateKey);
  }

  /** Sends a request with a proof (or the given one) and answers its status and JSON body. */
  async send<T = ApiAnswer>(
    method: string,
    path: string,
    body?: unknown,
    options: { proof?: string; raw?: string } = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = { DPoP: options.proof ?? (await this.proof(method, path)) };
    const payload = options.raw ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) headers['content-type'] = 'application/json';
    return call<T>(`${this.baseUrl}${path}`, { method, headers, body: payload });
  }
}
