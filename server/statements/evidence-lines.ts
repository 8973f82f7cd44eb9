import { parseStrictJson } from '../../src/domain/strict-json';
import { witnessEvidenceLines } from '../../src/domain/sync/witness-evidence';

/** A `witness` member's value as read, with each revision's text as received when the app's layout kept them apart. */
export type ReadWitness = { ok: true; value: unknown; texts?: readonly string[] } | { ok: false };

/**
 * A `witness` member's text read as `parseStrictJson` reads it. In the app's layout
 * (`witnessEvidenceLines`) the book's id and each revision's line are parsed on their own, and the
 * lines kept: each is the text its hash covers, so it is hashed as received. When any part is not
 * strict JSON, or the text is of another layout, it is parsed whole, for that parse's answer.
 */
export function readWitnessText(text: string): ReadWitness {
  const parts = witnessEvidenceLines(text);
  if (parts !== null) {
    const bookId = parseStrictJson(parts.bookId);
    const revisions: unknown[] = [];
    for (const line of parts.lines) {
      const revision = parseStrictJson(line);
      if (!revision.ok) break;
      revisions.push(revision.value);
    }
    if (bookId.ok && revisions.length === parts.lines.length)
      return { ok: true, value: { bookId: bookId.value, revisions }, texts: parts.lines };
  }
  const whole = parseStrictJson(text);
  return whole.ok ? { ok: true, value: whole.value } : { ok: false };
}
