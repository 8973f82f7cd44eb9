import type { Revision } from '../model';
import { hashedRevisionText } from '../revisions';

const BOOK_ID = '{"bookId":';
const REVISIONS = ',"revisions":[';
const END = '\n]}';
/** What stands between two revisions: a canonical text never holds a line break, so it parts them exactly. */
const BETWEEN = ',\n';

/**
 * The witness evidence of a statement as the app sends it, `{"bookId":…,"revisions":[…]}`, each
 * revision on a line of its own written as the very text its hash covers (`hashedRevisionText`),
 * so the server hashes the bytes it received instead of writing them again. The line breaks are
 * JSON's whitespace: the text reads as any other evidence to any JSON reader.
 */
export function witnessEvidenceText(bookId: string, revisions: readonly Omit<Revision, 'hash'>[]): string {
  const lines = revisions.map((revision) => `\n${hashedRevisionText(revision)}`);
  return `${BOOK_ID}${JSON.stringify(bookId)}${REVISIONS}${lines.join(',')}${END}`;
}

/** A signed statement's JSON with its evidence appended as the envelope's last member, `witness`, the envelope's bytes unchanged. */
export const withWitnessEvidence = (statementJson: string, evidenceText: string): string =>
  `${statementJson.replace(/\}\s*$/, '')},"witness":${evidenceText}}`;

/**
 * The unparsed parts of an evidence text laid out as `witnessEvidenceText` writes it: the text of
 * its `bookId` value and each revision's line, the comma after it left off; null for a text of any
 * other layout. The text is exactly `{"bookId":B,"revisions":[` and the lines, each after a line
 * break and all but the last followed by a comma, then a line break and `]}`; so when `B` and each
 * line is one JSON value, the whole is the object of those values, and says nothing else.
 */
export function witnessEvidenceLines(text: string): { bookId: string; lines: string[] } | null {
  if (!text.startsWith(BOOK_ID) || !text.endsWith(END)) return null;
  // A JSON string cannot hold `,"` unescaped, so the first `,"revisions":[` ends the book's id.
  const at = text.indexOf(REVISIONS);
  if (at === -1) return null;
  const bookId = text.slice(BOOK_ID.length, at);
  const rest = text.slice(at + REVISIONS.length, text.length - END.length);
  if (rest === '') return { bookId, lines: [] };
  if (rest.charCodeAt(0) !== 0x0a) return null;
  return { bookId, lines: rest.slice(1).split(BETWEEN) };
}
