import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import type { Problem } from '../result';
import { MAX_STATEMENT_FILE_BYTES, megabytes } from '../limits';
import { loadPdfBounded } from './pdf-bounded-load';
import { STATEMENT_ATTACHMENT, type EmbeddedJson } from './pdf-embed';
import { InflateLimitError, type InflateBudget } from './pdf-inflate';
import { decodeEmbeddedFile } from './pdf-inflate-native';

/** How deep a name tree is followed (real ones are two or three levels). */
const MAX_DEPTH = 8;

const textOf = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/** The stream of a file specification's embedded file, when it is named `name`. */
function fileSpecStream(spec: PDFDict, name: string): PDFRawStream | undefined {
  const specName = textOf(spec.lookup(PDFName.of('UF'))) ?? textOf(spec.lookup(PDFName.of('F')));
  if (specName !== name) return undefined;
  const embedded = spec.lookup(PDFName.of('EF'));
  if (!(embedded instanceof PDFDict)) return undefined;
  const stream = embedded.lookup(PDFName.of('UF')) ?? embedded.lookup(PDFName.of('F'));
  return stream instanceof PDFRawStream ? stream : undefined;
}

/** Searches a name tree node (its `Names` pairs and its `Kids`) for the embedded file `name`. */
function searchNameTree(node: PDFDict, name: string, depth: number): PDFRawStream | undefined {
  const names = node.lookup(PDFName.of('Names'));
  if (names instanceof PDFArray)
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const spec = names.lookup(i + 1);
      const found = spec instanceof PDFDict ? fileSpecStream(spec, name) : undefined;
      if (found) return found;
    }
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray && depth < MAX_DEPTH)
    for (let i = 0; i < kids.size(); i++) {
      const kid = kids.lookup(i);
      const found = kid instanceof PDFDict ? searchNameTree(kid, name, depth + 1) : undefined;
      if (found) return found;
    }
  return undefined;
}

/** The embedded stream as the app writes it, one FlateDecode layer, so the viewer can draw around it. */
function asEmbedded(stream: PDFRawStream, bytes: Uint8Array): EmbeddedJson | null {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  return filter === PDFName.of('FlateDecode') ? { size: bytes.length, deflated: stream.contents } : null;
}

/** What a statement PDF is read into: the embedded JSON, and what its pages are drawn again from. */
export interface PdfStatement {
  /** The embedded `statement.json`, inflated. */
  bytes: Uint8Array;
  /** Its stream, when it is one FlateDecode layer as the app writes it. */
  embedded: EmbeddedJson | null;
  /** The PDF as loaded, its page streams not yet decoded (the drawing again takes them when they match). */
  document: PDFDocument;
}

/** Whether a PDF ends with its `%%EOF` marker (a file cut short in transfer does not). */
function endsProperly(pdf: Uint8Array): boolean {
  const tail = String.fromCharCode(...pdf.subarray(Math.max(0, pdf.length - 1024)));
  return tail.includes('%%EOF');
}

/** Why reading failed: a stream over the limit is "too large", anything else "unreadable". */
const failure = (error: unknown, budget: InflateBudget): { ok: false; problem: Problem } =>
  error instanceof InflateLimitError || budget.exceeded === true
    ? {
        ok: false,
        problem: { code: 'pdf.tooLarge', params: { max: megabytes(MAX_STATEMENT_FILE_BYTES) } },
      }
    : { ok: false, problem: { code: 'pdf.unreadable', params: { reason: String(error).slice(0, 200) } } };

/**
 * Reads the embedded `statement.json` out of a PDF, or says why it cannot: `pdf.truncated`,
 * `pdf.unreadable`, `pdf.noStatement`, or `pdf.tooLarge` when what the PDF inflates to (the
 * statement and every stream read to find it) would pass the largest statement file the format allows (`MAX_STATEMENT_FILE_BYTES`) or grow more
 * than a hundredfold; decoding stops there, before the memory is spent.
 */
export async function extractStatementAttachment(
  pdf: Uint8Array,
): Promise<({ ok: true } & PdfStatement) | { ok: false; problem: Problem }> {
  if (!endsProperly(pdf)) return { ok: false, problem: { code: 'pdf.truncated' } };
  const budget: InflateBudget = { remaining: MAX_STATEMENT_FILE_BYTES };
  let doc: PDFDocument;
  try {
    doc = await loadPdfBounded(pdf, budget);
    if (budget.exceeded) throw new InflateLimitError();
  } catch (error) {
    return failure(error, budget);
  }
  try {
    const names = doc.catalog.lookup(PDFName.of('Names'));
    const tree = names instanceof PDFDict ? names.lookup(PDFName.of('EmbeddedFiles')) : undefined;
    const stream = tree instanceof PDFDict ? searchNameTree(tree, STATEMENT_ATTACHMENT, 0) : undefined;
    if (!stream) return { ok: false, problem: { code: 'pdf.noStatement' } };
    const bytes = await decodeEmbeddedFile(stream, budget);
    return { ok: true, bytes, embedded: asEmbedded(stream, bytes), document: doc };
  } catch (error) {
    return failure(error, budget);
  }
}
