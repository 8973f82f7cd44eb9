import type { FastifyRequest } from 'fastify';
import { jwtVerify } from 'jose';
import { z } from 'zod';
import type { PublicJwk } from '../../src/domain/statement/schema';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { embeddedKey, type KnownKey } from './key-cache';
import { plainProof, type PlainProof } from './proof-signature';

/** How far a proof's `iat` may be from the server's clock, either way. */
export const DPOP_MAX_SKEW_SECONDS = 300;
const MAX_PROOF_LENGTH = 4096;

const claimsSchema = z.object({
  jti: z.string().min(1).max(64),
  htm: z.string().min(1).max(16),
  htu: z.string().min(1).max(2048),
  iat: z.number().int(),
});

/** A device key that proved possession for this request. */
export interface ProvenKey {
  /** The proof's id and when it stops being acceptable (seconds), for the replay check. */
  replay?: { jti: string; expiresAt: number };
  /** RFC 7638 thumbprint (SHA-256, base64url): how the server names the device. */
  thumbprint: string;
  /** The statement format's fingerprint of the same key. */
  fingerprint: string;
  jwk: PublicJwk;
}

/** The URL a proof for this request must name: the public origin (or the request's own) and the path. */
function expectedHtu(ctx: ServerContext, request: FastifyRequest): string {
  const origin = ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
  return new URL(request.url.split('?')[0] ?? '/', origin).href;
}

/** A URL without its query and fragment, in normal form; null when it is not a URL. */
function withoutQuery(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  url.search = '';
  url.hash = '';
  return url.href;
}

const invalid = () => new ApiError(401, 'dpop.invalid');

/** The proof's key and claims through the general JWS verification, or 401. */
async function joseProof(proof: string): Promise<PlainProof> {
  let known: KnownKey | undefined;
  try {
    const { payload } = await jwtVerify(
      proof,
      async (header) => {
        known = await embeddedKey(header);
        return known.key;
      },
      { typ: 'dpop+jwt', algorithms: ['ES256'] },
    );
    if (known === undefined) throw invalid();
    return { known, payload };
  } catch {
    throw invalid();
  }
}

/**
 * Checks the request's DPoP proof (RFC 9449) without the replay check: a `dpop+jwt` signed ES256
 * by its embedded public key, naming this method and URL, issued within 300 s of now. A proof of
 * the plain form phones send is verified in one OpenSSL call; any other goes through `jose`.
 */
export async function checkDpopProof(ctx: ServerContext, request: FastifyRequest): Promise<ProvenKey> {
  const proof = request.headers.dpop;
  if (typeof proof !== 'string' || proof.length > MAX_PROOF_LENGTH) throw invalid();
  const { known, payload } = (await plainProof(proof)) ?? (await joseProof(proof));
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw invalid();
  const { jti, htm, htu, iat } = claims.data;
  if (htm !== request.method || withoutQuery(htu) !== expectedHtu(ctx, request)) throw invalid();
  if (Math.abs(Date.now() / 1000 - iat) > DPOP_MAX_SKEW_SECONDS) throw invalid();
  const replay = { jti, expiresAt: iat + DPOP_MAX_SKEW_SECONDS + 1 };
  return { thumbprint: known.thumbprint, fingerprint: known.fingerprint, jwk: known.jwk, replay };
}

/** Records a proof's id; false when it was seen already (a replay). */
export const PROOF_INSERT = `INSERT INTO dpop_proofs (thumbprint, jti, expires_at) VALUES ($1, $2, to_timestamp($3))
  ON CONFLICT DO NOTHING RETURNING jti`;

/**
 * Checks the request's DPoP proof and that its `jti` was not seen before for this key (kept in
 * the database, so neither a restart nor another process lets it be replayed).
 */
export async function verifyDpop(ctx: ServerContext, request: FastifyRequest): Promise<ProvenKey> {
  const key = await checkDpopProof(ctx, request);
  const fresh = await ctx.db.query(PROOF_INSERT, [key.thumbprint, key.replay?.jti, key.replay?.expiresAt]);
  if (fresh.length === 0) throw invalid();
  return key;
}

/** Forgets proof ids whose proofs could no longer be accepted anyway. */
export async function forgetExpiredProofs(ctx: ServerContext): Promise<void> {
  await ctx.db.query('DELETE FROM dpop_proofs WHERE expires_at < now()');
}
