import { MAX_STATEMENT_FILE_BYTES, megabytes } from '../limits';
import { fromUtf8 } from '../platform';
import type { Problem } from '../result';
import { parseStrictJson } from '../strict-json';
import { acceptedColumns } from './compact-columns';
import type { PdfStatement } from './pdf-attachment';

/** The kind of file a statement was read from. */
export type StatementSource = 'json' | 'pdf';

/** A PDF as read: its bytes, and what its pages are drawn again from (see `checkPdfPages`). */
export interface PdfRead extends PdfStatement {
  file: Uint8Array;
}

/**
 * The parsed JSON of a statement file (not yet validated) and the bytes it was decoded from (none
 * for text), or why it could not be read.
 */
export type ReadResult =
  | {
      ok: true;
      source: StatementSource;
      json: unknown;
      bytes?: Uint8Array;
      pdf?: PdfRead;
      /** The `statement` member whose tables the column check accepted as the JSON was read; null for none. */
      columnsAccepted: object | null;
    }
  | { ok: false; source: StatementSource | null; problem: Problem };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

const isPdf = (bytes: Uint8Array): boolean => PDF_MAGIC.every((b, i) => bytes[i] === b);

function parseJson(text: string, source: StatementSource): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, source, problem: { code: 'file.empty' } };
  // A busy shop's rows are read cell by cell by the column check anyway: the strict count is
  // taken there, and its walk leaves them out.
  let columnsAccepted: object | null = null;
  const parsed = parseStrictJson(body, (value) => {
    const statement =
      typeof value === 'object' && value !== null ? (value as { statement?: unknown }).statement : null;
    const counted = acceptedColumns(statement);
    if (counted !== null) columnsAccepted = statement as object;
    return counted;
  });
  if (parsed.ok) return { ok: true, source, json: parsed.value, columnsAccepted };
  if (parsed.problem.code === 'json.syntax') return { ok: false, source, problem: { code: 'file.notJson' } };
  const { key, path } = parsed.problem;
  // Two values for one member: JSON.parse would take the last, a person may read the first.
  return { ok: false, source, problem: { code: 'file.duplicateKey', params: { key, path } } };
}

/** The problem of a file larger than any statement the format allows (`MAX_STATEMENT_FILE_BYTES`). */
export const tooLargeFile = (size: number): Problem => ({
  code: 'file.tooLarge',
  params: { size: megabytes(size), max: megabytes(MAX_STATEMENT_FILE_BYTES) },
});

/**
 * Reads a statement from JSON text, JSON bytes, or a PDF that carries `statement.json`; one larger
 * than the format allows is refused unread.
 */
export async function readStatementInput(input: Uint8Array | string): Promise<ReadResult> {
  // A string's UTF-16 length is at most its UTF-8 size, so text past the limit in units is past it in bytes.
  if (input.length > MAX_STATEMENT_FILE_BYTES)
    return { ok: false, source: null, problem: tooLargeFile(input.length) };
  if (typeof input === 'string') return parseJson(input, 'json');
  if (input.length === 0) return { ok: false, source: null, problem: { code: 'file.empty' } };
  if (isPdf(input)) {
    // pdf-lib is heavy: loaded only when a PDF is actually read.
    const { extractStatementAttachment } = await import('./pdf-attachment');
    const attachment = await extractStatementAttachment(input);
    if (!attachment.ok) return { ok: false, source: 'pdf', problem: attachment.problem };
    const text = fromUtf8(attachment.bytes);
    if (text === null) return { ok: false, source: 'pdf', problem: { code: 'file.encoding' } };
    const parsed = parseJson(text, 'pdf');
    const { bytes, embedded, document } = attachment;
    return parsed.ok ? { ...parsed, bytes, pdf: { file: input, bytes, embedded, document } } : parsed;
  }
  const text = fromUtf8(input);
  if (text === null) return { ok: false, source: null, problem: { code: 'file.encoding' } };
  const parsed = parseJson(text, 'json');
  return parsed.ok ? { ...parsed, bytes: input } : parsed;
}
