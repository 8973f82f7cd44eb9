import { z } from '../zod';
import { canonicalJson } from '../canonical';
import { isBusinessDate } from '../dates';
import { fromUtf8, signEs256, utf8, verifyEs256 } from '../platform';
import type { Problem } from '../result';
import { parseStrictJson } from '../strict-json';
import { fromBase64url, toBase64url } from './encoding';
import { withExpectedFingerprint } from './expected-key';
import { checkHandovers, type HandoverCheck } from './handover';
import { fingerprintOf, importPublicKey, type StatementSigner } from './keys';
import {
  FINGERPRINT_PATTERN,
  STATEMENT_LIMITS,
  type KeyHandover,
  type PublicJwk,
  type Statement,
  type StatementFile,
} from './schema';
import type { Verdict, VerifyOptions } from './verify';

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
  /** The member number, when the statement names one: the officer's registry is kept by it. */
  m: z.string().min(1).max(STATEMENT_LIMITS.text).optional(),
  /**
   * The key handovers, oldest first, each `[old x, old y, at, signature]`: the new key of each is
   * the next one's old key, and the last one's is the key above.
   */
  h: z
    .array(z.tuple([b64(43), b64(43), z.iso.datetime(), b64(86)]))
    .min(1)
    .max(STATEMENT_LIMITS.handovers)
    .optional(),
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
  /** The member number; null when the statement names none. */
  memberNumber: string | null;
}

/** The outcome of checking a scanned QR code. */
export interface QrVerification {
  verdict: Verdict;
  summary: QrSummary | null;
  /** Whether the summary's signature verifies against the key the code carries. */
  signatureValid: boolean;
  /** The fingerprint computed from the key the code carries. */
  fingerprint: string | null;
  /** Whether that fingerprint is the expected one, or handed over from it; null when none was expected. */
  fingerprintMatches: boolean | null;
  /** The key handovers the code carries, as checked; null when it carries none. */
  handover: HandoverCheck | null;
  problems: Problem[];
}

/** The compact form of a handover chain: each link's old key, moment and signature. */
const compactHandovers = (chain: readonly KeyHandover[]) =>
  chain.map((link) => [link.from.x, link.from.y, link.at, link.value] as [string, string, string, string]);

/** The handover chain of a compact summary, each link's new key taken from the next link or the signer. */
function fullHandovers(compact: NonNullable<CompactSummary['h']>, signer: PublicJwk): KeyHandover[] {
  const key = (x: string, y: string): PublicJwk => ({ kty: 'EC', crv: 'P-256', x, y });
  return compact.map(([x, y, at, value], index) => {
    const next = compact[index + 1];
    return { from: key(x, y), to: next ? key(next[0], next[1]) : signer, at, value };
  });
}

/** The canonical JSON bytes of a statement's QR summary: what the QR signature covers. */
export async function qrSummaryBytes(
  statement: Statement,
  code: string,
  publicKey: PublicJwk,
  handovers: readonly KeyHandover[] = [],
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
    ...(statement.business.memberNumber ? { m: statement.business.memberNumber } : {}),
    ...(handovers.length ? { h: compactHandovers(handovers) } : {}),
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
  const { publicKey, handovers } = file.signature;
  return qrText(await qrSummaryBytes(file.statement, code, publicKey, handovers), signature);
}

/** The ES256 signature (base64url) over a statement's QR summary, kept in the file's `signature.qr`. */
export async function signQrSummary(
  statement: Statement,
  code: string,
  signer: StatementSigner,
): Promise<string> {
  const json = await qrSummaryBytes(statement, code, signer.publicKey, signer.handovers);
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
  const json = await qrSummaryBytes(statement, code, signer.publicKey, signer.handovers);
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
  memberNumber: s.m ?? null,
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

/** The verification of text that is no readable QR summary. */
const unreadableQr = (): QrVerification => ({
  verdict: 'unreadable',
  summary: null,
  signatureValid: false,
  fingerprint: null,
  fingerprintMatches: null,
  handover: null,
  problems: [{ code: 'qr.unreadable' }],
});

/**
 * Verifies scanned QR text: the signature against the key it carries, the fingerprint against that
 * key, any handovers it carries, and, when the officer gives the fingerprint registered for the
 * member, that it is that key or one that handed over to it.
 */
export async function verifyQrSummary(text: string, options: VerifyOptions = {}): Promise<QrVerification> {
  const parts = text.trim().split('.');
  const decoded = parts.length === 3 && parts[0] === QR_PREFIX ? decodeSummary(parts[1] ?? '') : null;
  const signature = fromBase64url(parts[2] ?? '');
  if (!decoded || !signature || signature.length !== 64) return unreadableQr();
  const { summary, bytes } = decoded;
  const jwk: PublicJwk = { kty: 'EC', crv: 'P-256', x: summary.x, y: summary.y };
  const problems: Problem[] = [];
  let fingerprint: string | null = null;
  let signatureValid = false;
  try {
    fingerprint = await fingerprintOf(jwk);
    signatureValid = await verifyEs256(await importPublicKey(jwk), signature, bytes);
    if (!signatureValid) problems.push({ code: 'signature.invalid' });
  } catch {
    problems.push({ code: 'signature.badKey' });
  }
  if (fingerprint !== null && fingerprint !== summary.k)
    problems.push({ code: 'fingerprint.stated', params: { stated: summary.k, actual: fingerprint } });
  const handover = summary.h ? await checkHandovers(fullHandovers(summary.h, jwk), jwk) : null;
  problems.push(...(handover?.problems ?? []));
  const verification: QrVerification = {
    verdict: problems.length === 0 ? 'genuine' : 'altered',
    summary: readable(summary),
    signatureValid,
    fingerprint,
    fingerprintMatches: null,
    handover,
    problems,
  };
  const expected = options.expectedFingerprint;
  return expected === undefined ? verification : withExpectedFingerprint(verification, expected);
}
