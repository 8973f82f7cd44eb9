import { PDFDict, PDFName, PDFNumber, type PDFRawStream } from 'pdf-lib';
import { MAX_INFLATE_RATIO, RATIO_GRACE_BYTES } from './limits';
import {
  INFLATE_SLICE,
  afterZlibHeader,
  decodeBounded,
  filtersOf,
  overLimit,
  type InflateBudget,
} from './pdf-inflate';

/** The few members of the platform's `DecompressionStream` used here (the domain has no DOM lib). */
interface ByteTransform {
  readable: {
    getReader(): {
      read(): Promise<{ done: boolean; value?: Uint8Array }>;
      cancel(reason?: unknown): Promise<void>;
    };
  };
  writable: {
    getWriter(): {
      write(chunk: Uint8Array): Promise<void>;
      close(): Promise<void>;
      abort(reason?: unknown): Promise<void>;
    };
  };
}

const platform = globalThis as unknown as {
  DecompressionStream?: new (format: 'deflate') => ByteTransform;
};

/** `bytes` when it holds `size` bytes, else a buffer twice as large (within `most`) with its first `used`. */
function roomFor(bytes: Uint8Array, used: number, size: number, most: number): Uint8Array {
  if (size <= bytes.length) return bytes;
  const next = new Uint8Array(Math.min(Math.max(size, 2 * bytes.length), most));
  next.set(bytes.subarray(0, used));
  return next;
}

/** The output left the budget or the ratio: the decoding stops there. */
class Stop extends Error {}

/**
 * Inflates one zlib (FlateDecode) layer with the platform's own decoder, under the same bound as
 * `decodeBounded`: the compressed bytes are handed over a slice at a time, and the output is
 * judged as it comes, so a bomb is abandoned a few megabytes in. The output goes into one buffer
 * of `declaredSize` bytes (the file's stated size) when that is within the budget, grown only
 * when the stream inflates further. Null when the platform has no decoder or it refuses the
 * stream (a bad checksum, bytes after the end): the caller then decodes as before, so that what
 * is read, and why a stream is refused, never depend on the platform.
 */
async function inflateNative(
  zlib: Uint8Array,
  data: Uint8Array,
  budget: InflateBudget,
  declaredSize: number | undefined,
): Promise<Uint8Array | null> {
  const Decoder = platform.DecompressionStream;
  if (Decoder === undefined) return null;
  const { readable, writable } = new Decoder('deflate');
  const reader = readable.getReader();
  const writer = writable.getWriter();
  let fed = 0;
  let stopped = false;
  // The header goes first, uncounted, then the data in the slices `decodeBounded` judges it by.
  const feeding = (async () => {
    await writer.write(zlib.subarray(0, zlib.length - data.length));
    for (let at = 0; at < data.length && !stopped; at += INFLATE_SLICE) {
      const slice = data.subarray(at, at + INFLATE_SLICE);
      fed += slice.length;
      await writer.write(slice);
    }
    if (!stopped) await writer.close();
  })();
  // Its failure is the reader's too, and is seen there.
  feeding.catch(() => undefined);
  const first = declaredSize !== undefined && declaredSize <= budget.remaining ? declaredSize : 0;
  let out: Uint8Array = new Uint8Array(Math.max(1, Math.min(first || 4 * zlib.length, budget.remaining)));
  let produced = 0;
  try {
    for (let piece = await reader.read(); !piece.done; piece = await reader.read()) {
      const chunk = piece.value ?? new Uint8Array(0);
      const total = produced + chunk.length;
      const tooRich = total > RATIO_GRACE_BYTES && total > MAX_INFLATE_RATIO * fed;
      if (total > budget.remaining || tooRich) throw new Stop();
      out = roomFor(out, produced, total, budget.remaining);
      out.set(chunk, produced);
      produced = total;
    }
    await feeding;
  } catch (error) {
    stopped = true;
    await Promise.allSettled([reader.cancel(), writer.abort(), feeding]);
    if (error instanceof Stop) overLimit(budget);
    return null;
  }
  budget.remaining -= produced;
  return produced === out.length ? out : out.slice(0, produced);
}

/** The size a stream's dictionary states for its decoded contents (`/Params /Size`), if any. */
function declaredSize(stream: PDFRawStream): number | undefined {
  const params = stream.dict.lookup(PDFName.of('Params'));
  const size = params instanceof PDFDict ? params.lookup(PDFName.of('Size')) : undefined;
  const value = size instanceof PDFNumber ? size.asNumber() : NaN;
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/**
 * A stream of one FlateDecode layer inflated by the platform's own decoder, within the budget
 * (`InflateLimitError` past it); null when the stream is anything else, the platform has no
 * decoder, or the decoder refuses it (a bad checksum, bytes after the end). That decoder is zlib
 * itself, so what it accepts is a well-formed stream that every reader inflates alike.
 */
export async function inflateOnPlatform(
  stream: PDFRawStream,
  budget: InflateBudget,
  expectedSize?: number,
): Promise<Uint8Array | null> {
  const filters = filtersOf(stream);
  const data =
    filters.length === 1 && filters[0] === PDFName.of('FlateDecode')
      ? afterZlibHeader(stream.contents)
      : null;
  return data === null ? null : inflateNative(stream.contents, data, budget, expectedSize);
}

/**
 * `decodeBounded` for the one large stream of a statement PDF, its embedded file: a single
 * FlateDecode layer goes to the platform's decoder, which reads a busy shop's year many times
 * faster; anything else, or a stream that decoder refuses, is decoded by `decodeBounded`.
 */
export async function decodeEmbeddedFile(stream: PDFRawStream, budget: InflateBudget): Promise<Uint8Array> {
  return (await inflateOnPlatform(stream, budget, declaredSize(stream))) ?? decodeBounded(stream, budget);
}
