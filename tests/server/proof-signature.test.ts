import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { embeddedKey } from '../../server/auth/key-cache';
import { dpopProof } from '../../src/domain/sync/dpop';
import { generateSigningKeyPair, signerFromKeyPair } from '../../src/domain/statement/keys';
import { plainProof } from '../../server/auth/proof-signature';

// The server reads the plain proofs phones send in one OpenSSL call and every other proof with
// `jose`; the short path must never accept a proof that `jose` refuses, or a bad proof would pass.

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { kty, crv, x, y } = publicKey.export({ format: 'jwk' });
  return { privateKey, jwk: { kty, crv, x, y } as Record<string, unknown> };
};
const device = pair();
const stranger = pair();

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const claims = () => ({ jti: 'proof-1', htm: 'PUT', htu: 'http://127.0.0.1/api/v1/books', iat: now() });
const header = () => ({ typ: 'dpop+jwt', alg: 'ES256', jwk: device.jwk });

/** A compact JWS over the given parts, signed ES256 (r‖s, or DER when asked) with `key`. */
function compact(
  head: unknown,
  payload: unknown,
  key: KeyObject = device.privateKey,
  dsaEncoding: 'ieee-p1363' | 'der' = 'ieee-p1363',
) {
  const input = `${b64(head)}.${b64(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding }).toString('base64url')}`;
}

/** What `jose` makes of a proof: its claims, or null when it refuses it. */
async function joseReading(proof: string) {
  try {
    const { payload } = await jwtVerify(proof, async (h) => (await embeddedKey(h)).key, {
      typ: 'dpop+jwt',
      algorithms: ['ES256'],
    });
    return payload;
  } catch {
    return null;
  }
}

/** Each way a proof can differ from the plain one, applied to a right proof's parts or text. */
const variants: Record<string, () => string> = {
  plain: () => compact(header(), claims()),
  typInCapitals: () => compact({ ...header(), typ: 'DPoP+JWT' }, claims()),
  typWithMediaType: () => compact({ ...header(), typ: 'application/dpop+jwt' }, claims()),
  typJwt: () => compact({ ...header(), typ: 'jwt' }, claims()),
  noTyp: () => compact({ alg: 'ES256', jwk: device.jwk }, claims()),
  algNone: () => compact({ ...header(), alg: 'none' }, claims()),
  algEs384: () => compact({ ...header(), alg: 'ES384' }, claims()),
  withKid: () => compact({ ...header(), kid: 'k1' }, claims()),
  withCrit: () => compact({ ...header(), crit: ['b64'], b64: false }, claims()),
  unknownCrit: () => compact({ ...header(), crit: ['x'], x: 1 }, claims()),
  privateJwk: () => compact({ ...header(), jwk: { ...device.jwk, d: 'AAAA' } }, claims()),
  jwkForEncryption: () => compact({ ...header(), jwk: { ...device.jwk, use: 'enc' } }, claims()),
  jwkNotAnObject: () => compact({ ...header(), jwk: 'key' }, claims()),
  jwkOffCurve: () => compact({ ...header(), jwk: { ...device.jwk, y: device.jwk.x } }, claims()),
  otherKeyEmbedded: () => compact({ ...header(), jwk: stranger.jwk }, claims()),
  forged: () => compact(header(), claims(), stranger.privateKey),
  derSignature: () => compact(header(), claims(), device.privateKey, 'der'),
  expired: () => compact(header(), { ...claims(), exp: now() - 10 }),
  notYetValid: () => compact(header(), { ...claims(), nbf: now() + 600 }),
  iatAsText: () => compact(header(), { ...claims(), iat: String(now()) }),
  noIat: () => compact(header(), { jti: 'proof-1', htm: 'PUT', htu: 'http://127.0.0.1/' }),
  payloadArray: () => compact(header(), [claims()]),
  payloadNumber: () => compact(header(), 7),
  headerArray: () => compact([header()], claims()),
  emptySignature: () => `${compact(header(), claims()).split('.').slice(0, 2).join('.')}.`,
  twoParts: () => compact(header(), claims()).split('.').slice(0, 2).join('.'),
  fourParts: () => `${compact(header(), claims())}.x`,
  paddedHeader: () => {
    const [h = '', p = '', s = ''] = compact(header(), claims()).split('.');
    return `${h}${'='.repeat((4 - (h.length % 4)) % 4)}.${p}.${s}`;
  },
  standardAlphabet: () => compact(header(), claims()).replace(/-/g, '+').replace(/_/g, '/'),
  spaceInPayload: () => {
    const [h = '', p = '', s = ''] = compact(header(), claims()).split('.');
    return `${h}.${p.slice(0, 8)} ${p.slice(8)}.${s}`;
  },
  badUtf8Payload: () => {
    const head = b64(header());
    const payload = Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url');
    const input = `${head}.${payload}`;
    return `${input}.${sign('sha256', Buffer.from(input), { key: device.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
  },
};

describe('the plain proof path', () => {
  it('reads the proof a phone sends, with the claims and the key it names', async () => {
    const read = await plainProof(compact(header(), claims()));
    expect(read?.payload).toMatchObject({ jti: 'proof-1', htm: 'PUT' });
    expect(read?.known.jwk).toEqual(device.jwk);
  });

  it("takes the app's own proofs, as the app signs them", async () => {
    const signer = await signerFromKeyPair(await generateSigningKeyPair());
    const request = { method: 'PUT', url: 'http://127.0.0.1:8787/api/v1/books/b/revisions?x=1' };
    const read = await plainProof(await dpopProof(signer, request, new Date(), 'app-proof'));
    expect(read?.payload).toMatchObject({
      jti: 'app-proof',
      htu: 'http://127.0.0.1:8787/api/v1/books/b/revisions',
    });
    expect(read?.known.jwk).toEqual(signer.publicKey);
  });

  it.each(Object.keys(variants))('accepts %s only if jose accepts it, with the same claims', async (name) => {
    const proof = variants[name]?.() ?? '';
    const [plain, jose] = await Promise.all([plainProof(proof), joseReading(proof)]);
    if (plain !== null) expect(plain.payload).toEqual(jose);
    if (jose === null) expect(plain).toBeNull();
  });

  it('never accepts a proof jose refuses, whatever its text is changed to', async () => {
    const proof = compact(header(), claims());
    await fc.assert(
      fc.asyncProperty(
        fc.nat(proof.length - 1),
        fc.constantFrom(...'AZaz09-_.=+/ \u00e9'),
        async (at, character) => {
          const changed = `${proof.slice(0, at)}${character}${proof.slice(at + 1)}`;
          const [plain, jose] = await Promise.all([plainProof(changed), joseReading(changed)]);
          if (jose === null) expect(plain).toBeNull();
          else if (plain !== null) expect(plain.payload).toEqual(jose);
        },
      ),
      { numRuns: 300 },
    );
  });
});
