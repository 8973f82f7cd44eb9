import { z } from '../zod';
import { canonicalJson } from '../canonical';
import { fromUtf8, utf8 } from '../platform';
import { parseStrictJson } from '../strict-json';
import { fromBase64url, toBase64url } from './encoding';
import { importPublicKey } from './keys';
import {
  keyHandoverSchema,
  publicJwkSchema,
  STATEMENT_LIMITS,
  type KeyHandover,
  type PublicJwk,
} from './schema';

/** The prefix of a new device's key, as it shows it (QR and text) for the old device to hand over to. */
export const DEVICE_KEY_PREFIX = 'LMBK1';
/** The prefix of a signed handover chain, as the old device shows it for the new one to keep. */
export const HANDOVER_PREFIX = 'LMBH1';

const chainSchema = z.array(keyHandoverSchema).min(1).max(STATEMENT_LIMITS.handovers);

/** A device's public key as short text: `LMBK1.<x>.<y>`. */
export const deviceKeyText = (key: PublicJwk): string => `${DEVICE_KEY_PREFIX}.${key.x}.${key.y}`;

/** The public key of `LMBK1.<x>.<y>` text (spaces and line breaks ignored), or null when it is none. */
export async function readDeviceKeyText(text: string): Promise<PublicJwk | null> {
  const [prefix, x, y, ...rest] = text.replace(/\s+/g, '').split('.');
  if (prefix !== DEVICE_KEY_PREFIX || rest.length > 0) return null;
  const parsed = publicJwkSchema.safeParse({ kty: 'EC', crv: 'P-256', x, y });
  if (!parsed.success) return null;
  try {
    // Importing checks that the point lies on the curve.
    await importPublicKey(parsed.data);
    return parsed.data;
  } catch {
    return null;
  }
}

/** A handover chain as short text: `LMBH1.<base64url of its canonical JSON>`. */
export const handoverText = (chain: readonly KeyHandover[]): string =>
  `${HANDOVER_PREFIX}.${toBase64url(utf8(canonicalJson(chain)))}`;

/** The chain of `LMBH1.…` text (spaces and line breaks ignored), or null when it is not one. Signatures are not checked here. */
export function readHandoverText(text: string): KeyHandover[] | null {
  const [prefix, body, ...rest] = text.replace(/\s+/g, '').split('.');
  if (prefix !== HANDOVER_PREFIX || rest.length > 0 || body === undefined) return null;
  const bytes = fromBase64url(body);
  const json = bytes && fromUtf8(bytes);
  if (!json) return null;
  const value = parseStrictJson(json);
  if (!value.ok) return null;
  const parsed = chainSchema.safeParse(value.value);
  return parsed.success ? parsed.data : null;
}
