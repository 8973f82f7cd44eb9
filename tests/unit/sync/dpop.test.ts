import { calculateJwkThumbprint, decodeProtectedHeader, EmbeddedJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateSigningKeyPair, signerFromKeyPair } from '../../../src/domain/statement/keys';
import { dpopProof, htuOf, jwkThumbprint } from '../../../src/domain/sync/dpop';

const deviceSigner = async () => signerFromKeyPair(await generateSigningKeyPair(false));
const NOW = new Date('2026-03-02T01:15:30.900Z');

describe('DPoP proofs', () => {
  it('verify with jose against the key they carry, with the claims the server checks', async () => {
    const signer = await deviceSigner();
    const url = 'https://kopdit.example/api/v1/books/6f1c/revisions?after=10&limit=100#top';
    const proof = await dpopProof(signer, { method: 'put', url }, NOW);
    expect(decodeProtectedHeader(proof)).toEqual({ typ: 'dpop+jwt', alg: 'ES256', jwk: signer.publicKey });
    const { payload } = await jwtVerify(proof, EmbeddedJWK, {
      typ: 'dpop+jwt',
      algorithms: ['ES256'],
      currentDate: NOW,
    });
    expect(payload).toEqual({
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      htm: 'PUT',
      htu: 'https://kopdit.example/api/v1/books/6f1c/revisions',
      iat: 1772414130,
    });
  });

  it('carry a new id each time, so the server can refuse a replayed proof', async () => {
    const signer = await deviceSigner();
    const request = { method: 'GET', url: 'https://kopdit.example/api/v1/books' };
    const ids = new Set<unknown>();
    for (let i = 0; i < 20; i++) {
      const { payload } = await jwtVerify(await dpopProof(signer, request, NOW), EmbeddedJWK, {
        currentDate: NOW,
      });
      ids.add(payload.jti);
    }
    expect(ids.size).toBe(20);
  });

  it('fail jose’s check when a claim is changed after signing', async () => {
    const signer = await deviceSigner();
    const proof = await dpopProof(
      signer,
      { method: 'POST', url: 'https://kopdit.example/api/v1/devices' },
      NOW,
    );
    const [head, , sig] = proof.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        jti: 'x',
        htm: 'POST',
        htu: 'https://kopdit.example/api/v1/statements',
        iat: 1772414130,
      }),
    ).toString('base64url');
    await expect(jwtVerify(`${head}.${forged}.${sig}`, EmbeddedJWK, { currentDate: NOW })).rejects.toThrow();
  });

  it('name the device by the same RFC 7638 thumbprint as jose', async () => {
    const signer = await deviceSigner();
    expect(await jwkThumbprint(signer.publicKey)).toBe(
      await calculateJwkThumbprint(signer.publicKey, 'sha256'),
    );
  });

  it('drop a query and a fragment from the target, and refuse a relative URL', () => {
    expect(htuOf('http://127.0.0.1:8787/api/v1/devices?x=1')).toBe('http://127.0.0.1:8787/api/v1/devices');
    expect(htuOf('https://kopdit.example/api/v1/books#a?b')).toBe('https://kopdit.example/api/v1/books');
    expect(() => htuOf('/api/v1/books')).toThrow(TypeError);
  });
});
