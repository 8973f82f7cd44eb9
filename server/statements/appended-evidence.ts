import { parseStrictJson } from '../../src/domain/strict-json';
import { readWitnessText } from './evidence-lines';

/** How the app appends its evidence to a statement file: one more member of the envelope, last. */
const WITNESS_MEMBER = ',"witness":';

const isJsonSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** A strictly parsed object, or null when the text is not one (not JSON, a name repeated, not an object). */
function strictObject(text: string): Record<string, unknown> | null {
  const parsed = parseStrictJson(text);
  return parsed.ok &&
    typeof parsed.value === 'object' &&
    parsed.value !== null &&
    !Array.isArray(parsed.value)
    ? (parsed.value as Record<string, unknown>)
    : null;
}

/**
 * The two texts of a statement file with its witness appended as the app sends it
 * (`{…envelope…,"witness":W}`), split at the first `,"witness":` without parsing either: the
 * envelope's text (its members, closed) and `W`'s text. Null when the text does not end as that
 * shape does. The parts say what the whole says only once each is read strictly: see
 * `appendedEvidence`.
 */
export function appendedParts(text: string): { envelope: string; witness: string } | null {
  let end = text.length;
  while (end > 0 && isJsonSpace(text.charCodeAt(end - 1))) end -= 1;
  const at = text.indexOf(WITNESS_MEMBER);
  if (at === -1 || text.charCodeAt(end - 1) !== 0x7d) return null;
  return { envelope: `${text.slice(0, at)}}`, witness: text.slice(at + WITNESS_MEMBER.length, end - 1) };
}

/**
 * A statement file with its witness appended as the app sends it, read as its two parts without
 * parsing the whole text at once: the envelope's text and `W`'s value (with its revisions' texts
 * when `W` is in the app's layout: `readWitnessText`). The split
 * (`appendedParts`) is kept only when the envelope's text is a strict JSON object with at least
 * one member and none named `witness`, and `W` is strict JSON: then the whole text is exactly that
 * object with `witness` added last, so it reads as the strict parse of the whole would read it.
 * Any other text answers null, for the caller to parse whole.
 */
export function appendedEvidence(
  text: string,
): { envelope: string; witness: unknown; texts?: readonly string[] } | null {
  const parts = appendedParts(text);
  if (parts === null) return null;
  const members = strictObject(parts.envelope);
  if (members === null || Object.keys(members).length === 0 || 'witness' in members) return null;
  const witness = readWitnessText(parts.witness);
  return witness.ok ? { envelope: parts.envelope, witness: witness.value, texts: witness.texts } : null;
}
