import { Inflate } from 'fflate';
import { PDFArray, PDFName, type PDFRawStream } from 'pdf-lib';
import { MAX_INFLATE_RATIO, RATIO_GRACE_BYTES } from './limits';

/** A stream would inflate past what one statement PDF may spend, or far past its compressed size. */
export class InflateLimitError extends Error {
  constructor() {
    super('a compressed stream inflates past the limit');
    this.name = 'InflateLimitError';
  }
}

/** How many inflated bytes one PDF may still produce, over all of its streams. */
export interface InflateBudget {
  remaining: number;
  /** Set once a stream went over: pdf-lib turns errors inside its parser into "invalid object". */
  exceeded?: boolean;
}

/** Marks the budget spent and stops the decoding. */
export function overLimit(budget: InflateBudget): never {
  budget.exceeded = true;
  throw new InflateLimitError();
}

/** Input is fed in slices this big, so one slice inflates to at most about 4 MB before it is judged. */
export const INFLATE_SLICE = 4096;

/** The zlib stream's data after its two-byte header, or null when the header is not zlib deflate. */
export function afterZlibHeader(bytes: Uint8Array): Uint8Array | null {
  const [cmf = 0, flg = 0] = bytes;
  const deflate = (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0 && (flg & 0x20) === 0;
  return deflate ? bytes.subarray(2) : null;
}

/** Inflates one FlateDecode layer, stopping as soon as the output leaves the budget or the ratio. */
function inflateLayer(bytes: Uint8Array, budget: InflateBudget): Uint8Array {
  const data = afterZlibHeader(bytes);
  if (data === null) throw new Error('not a zlib stream');
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let consumed = 0;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
    const tooRich = produced > RATIO_GRACE_BYTES && produced > MAX_INFLATE_RATIO * consumed;
    if (produced > budget.remaining || tooRich) overLimit(budget);
    chunks.push(chunk);
  });
  for (let at = 0; at < data.length; at += INFLATE_SLICE) {
    const slice = data.subarray(at, at + INFLATE_SLICE);
    consumed += slice.length;
    inflate.push(slice, at + INFLATE_SLICE >= data.length);
  }
  if (data.length === 0) inflate.push(data, true);
  budget.remaining -= produced;
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The stream's filters in order: none, one name, or an array of names. */
export function filtersOf(stream: PDFRawStream): PDFName[] {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  if (filter === undefined) return [];
  if (filter instanceof PDFName) return [filter];
  if (filter instanceof PDFArray) return filter.asArray().map((_, i) => filter.lookup(i, PDFName));
  throw new Error('malformed /Filter');
}

/**
 * The decoded contents of a PDF stream, bounded: every inflated byte is taken from `budget`, and a
 * stream that inflates past it, or more than a hundredfold, is abandoned before its output is held
 * (`InflateLimitError`). Only FlateDecode is read, the one filter a statement PDF uses; the raw
 * contents count against the budget too.
 */
export function decodeBounded(stream: PDFRawStream, budget: InflateBudget): Uint8Array {
  let bytes = stream.contents;
  for (const filter of filtersOf(stream)) {
    if (filter !== PDFName.of('FlateDecode')) throw new Error(`unsupported filter ${filter.asString()}`);
    bytes = inflateLayer(bytes, budget);
  }
  if (filtersOf(stream).length === 0) {
    if (bytes.length > budget.remaining) overLimit(budget);
    budget.remaining -= bytes.length;
  }
  return bytes;
}
