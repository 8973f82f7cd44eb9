import { parseStrictJson } from '../../src/domain/strict-json';

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
 * A statement file with its witness appended as the app sends it (`{…envelope…,"witness":W}`),
 * read as its two parts without parsing the whole text at once: the envelope's text (its members,
 * closed) and `W`'s value. The split is taken at the first `,"witness":` and kept only when the
 * envelope's text is a strict JSON object with at least one member and none named `witness`, and
 * `W` is strict JSON: then the whole text is exactly that object with `witness` added last, so it
 * reads as the strict parse of the whole would read it. Any other text answers null, for the
 * caller to parse whole.
 */
export function appendedEvidence(text: string): { envelope: string; witness: unknown } | null {
  let end = text.length;
  while (end > 0 && isJsonSpace(text.charCodeAt(end - 1))) end -= 1;
  const at = text.indexOf(WITNESS_MEMBER);
  if (at === -1 || text.charCodeAt(end - 1) !== 0x7d) return null;
  const envelope = `${text.slice(0, at)}}`;
  const members = strictObject(envelope);
  if (members === null || Object.keys(members).length === 0 || 'witness' in members) return null;
  const witness = parseStrictJson(text.slice(at + WITNESS_MEMBER.length, end - 1));
  return witness.ok ? { envelope, witness: witness.value } : null;
}
