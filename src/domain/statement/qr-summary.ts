import { z } from '../zod';
import { canonicalJson } from '../canonical';
import { isBusinessDate } from '../dates';
import { fromUtf8, signEs256, utf8, verifyEs256 } from '../platform';
import type { Problem } from '../result';
import { parseStrictJson } from '../strict-json';
import { fromBase64url, toBase64url } from './encoding';
import { fingerprintOf, importPublicKey, type StatementSigner } from './keys';
import { FINGERPRINT_PATTERN, type PublicJwk, type Statement, type StatementFile } from './schema';
import type { Verdict } from './verify';

/** The prefix of a QR summary, naming its format and version. */
export const QR_PREFIX = 'LMB1';

const b64 = (n: number) => z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${n}}$`));

/** The compact summary a QR code carries; short keys keep the code small enough to print and scan. */
export const qrSummarySchema = z.strictObject({
  /** Statement id. */
  i: z.string().min(1).max(100),
  /** Statement code (`ABCD-EFGH-IJKL`). */
  c: z.string().regex(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/),
  /** Period from and to. */
  f: z.string().refine(isBusinessDate),
  t: z.string().refine(isBusinessDate),
  /** Revenue, net profit and closing balance, whole Rupiah. */
  r: z.int(),
  n: z.int(),
  b: z.int(),
  /** The key's fingerprint, and the key itself (the JWK's x and y), so a printed copy verifies alone. */
  k: z.string().regex(FINGERPRINT_PATTERN),
  x: b64(43),
  y: b64(43),
});

type CompactSummary = z.infer<typeof qrSummarySchema>;

/** The figures a QR code vouches for, with readable names. */
export interface QrSummary {
  id: string;
  code: string;
  period: { from: string; to: string };
  revenue: number;
  netProfit: number;
  closingBalance: number;
  fingerprint: string;
}

/** The outcome of checking a scanned QR code. */
export interface QrVerification {
  verdict: Verdict;
  summary: QrSummary | null;
  /** The fingerprint computed from the key the code carries. */
  fingerprint: string | null;
  problems: Problem[];
}

/** The canonical JSON bytes of a statement's QR summary: what the QR signature covers. */
export async function qrSummaryBytes(
  statement: Statement,
  code: string,
  publicKey: PublicJwk,
): Promise<Uint8Array> {
  const summary: CompactSummary = {
    i: statement.id,
    c: code,
    f: statement.period.from,
    t: statement.period.to,
    r: statement.profitAndLoss.revenue,
    n: statement.profitAndLoss.netProfit,
    b: statement.cashFlow.closingBalance,
    k: await fingerprintOf(publicKey),
    x: publicKey.x,
    y: publicKey.y,
  };
  return utf8(canonicalJson(summary));
}

/** The QR text of a summary and its signature (base64url): `LMB1.<summary>.<signature>`. */
export const qrText = (summary: Uint8Array, signature: string): string =>
  `${QR_PREFIX}.${toBase64url(summary)}.${signature}`;

/**
 * The QR text a signed file's PDF prints: its summary, made again from the statement, with the
 * signature the file keeps in `signature.qr`; null for a file signed before it kept one.
 */
export async function statementQrText(file: StatementFile, code: string): Promise<string | null> {
  const signature = file.signature.qr;
  if (signature === undefined) return null;
  return qrText(await qrSummaryBytes(file.statement, code, file.signature.publicKey), signature);
}

/** The ES256 signature (base64url) over a statement's QR summary, kept in the file's `signature.qr`. */
export async function signQrSummary(
  statement: Statement,
  code: string,
  signer: StatementSigner,
): Promise<string> {
  const json = await qrSummaryBytes(statement, code, signer.publicKey);
  return toBase64url(await signEs256(signer.privateKey, json));
}

/**
 * The signed QR text of a statement: `LMB1.<base64url of the canonical summary JSON>.<base64url of
 * the ES256 signature over those JSON bytes>`, signed by the same key as the statement.
 */
export async function buildQrSummary(
  statement: Statement,
  code: string,
  signer: StatementSigner,
): Promise<string> {
  const json = await qrSummaryBytes(statement, code, signer.publicKey);
  return qrText(json, toBase64url(await signEs256(signer.privateKey, json)));
}

const readable = (s: CompactSummary): QrSummary => ({
  id: s.i,
  code: s.c,
  period: { from: s.f, to: s.t },
  revenue: s.r,
  netProfit: s.n,
  closingBalance: s.b,
  fingerprint: s.k,
});

/** Decodes the summary part of QR text, or null when it is not a canonical summary. */
function decodeSummary(part: string): { summary: CompactSummary; bytes: Uint8Array } | null {
  const bytes = fromBase64url(part);
  const text = bytes && fromUtf8(bytes);
  if (!bytes || text === null) return null;
  const json = parseStrictJson(text);
  if (!json.ok) return null;
  const parsed = qrSummarySchema.safeParse(json.value);
  return parsed.success && canonicalJson(parsed.data) === text ? { summary: parsed.data, bytes } : null;
}

/**
 * Verifies scanned QR text: the signature against the key it carries, the fingerprint against that
 * key, and, when the officer has the member's registered public key, that it is that key.
 */
export async function verifyQrSummary(text: string, publicJwk?: PublicJwk): Promise<QrVerification> {
  const parts = text.trim().split('.');
  const decoded = parts.length === 3 && parts[0] === QR_PREFIX ? decodeSummary(parts[1] ?? '') : null;
  const signature = fromBase64url(parts[2] ?? '');
  if (!decoded || !signature || signature.length !== 64)
    return { verdict: 'unreadable', summary: null, fingerprint: null, problems: [{ code: 'qr.unreadable' }] };
  const { summary, bytes } = decoded;
  const jwk: PublicJwk = { kty: 'EC', crv: 'P-256', x: summary.x, y: summary.y };
  const problems: Problem[] = [];
  let fingerprint: string | null = null;
  try {
    fingerprint = await fingerprintOf(jwk);
    if (!(await verifyEs256(await importPublicKey(jwk), signature, bytes)))
      problems.push({ code: 'signature.invalid' });
  } catch {
    problems.push({ code: 'signature.badKey' });
  }
  if (fingerprint !== null && fingerprint !== summary.k)
    problems.push({ code: 'fingerprint.stated', params: { stated: summary.k, actual: fingerprint } });
  if (publicJwk && (publicJwk.x !== summary.x || publicJwk.y !== summary.y))
    problems.push({ code: 'qr.keyMismatch' });
  return {
    verdict: problems.length === 0 ? 'genuine' : 'altered',
    summary: readable(summary),
    fingerprint,
    problems,
  };
}
