import { canonicalJson } from '../canonical';
import { fromUtf8, signEs256, utf8, type CryptoKeyLike } from '../platform';
import { fromBase64url, toBase64url } from '../statement/encoding';
import { parseStrictJson } from '../strict-json';

/** The largest compact JWS the app reads (a receipt or a proof is a few hundred bytes). */
const MAX_JWS_CHARS = 8192;

const part = (value: object): string => toBase64url(utf8(canonicalJson(value)));

/** A compact JWS (RFC 7515) over a JSON payload, signed ES256 with a raw r‖s signature as JOSE wants. */
export async function signCompactJws(
  header: object,
  payload: object,
  privateKey: CryptoKeyLike,
): Promise<string> {
  const input = `${part(header)}.${part(payload)}`;
  return `${input}.${toBase64url(await signEs256(privateKey, utf8(input)))}`;
}

/** A compact JWS split into its parts, its header and payload read as JSON objects. */
export interface ParsedJws {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: Uint8Array;
  signature: Uint8Array;
}

/** A JSON object from base64url text, or null. */
function jsonPart(text: string): Record<string, unknown> | null {
  const bytes = fromBase64url(text);
  const json = bytes === null ? null : fromUtf8(bytes);
  const parsed = json === null ? null : parseStrictJson(json);
  return parsed?.ok &&
    typeof parsed.value === 'object' &&
    parsed.value !== null &&
    !Array.isArray(parsed.value)
    ? (parsed.value as Record<string, unknown>)
    : null;
}

/** The parts of a compact JWS, or null when it is not one (three base64url parts, JSON objects). */
export function parseCompactJws(text: string): ParsedJws | null {
  if (text.length > MAX_JWS_CHARS) return null;
  const parts = text.split('.');
  if (parts.length !== 3) return null;
  const [head = '', body = '', sig = ''] = parts;
  const header = jsonPart(head);
  const payload = jsonPart(body);
  const signature = fromBase64url(sig);
  if (header === null || payload === null || signature === null) return null;
  return { header, payload, signingInput: utf8(`${head}.${body}`), signature };
}
