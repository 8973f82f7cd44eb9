import { PDFContentStream, PDFRawStream, type PDFDocument } from 'pdf-lib';
import { inflateOnPlatform } from './pdf-inflate-native';

/** Whether two byte strings are equal: a plain loop, as a busy shop's PDF is most of a megabyte. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a stream of the file inflates to, read no further than `size` bytes; null past that or unread. */
async function inflatedWithin(stream: PDFRawStream, size: number): Promise<Uint8Array | null> {
  try {
    return await inflateOnPlatform(stream, { remaining: size }, size);
  } catch {
    return null;
  }
}

/**
 * Gives the pages of a statement PDF drawn again the compressed bytes of the file they are compared
 * with: each page content stream that the file holds under the same object number, and that the
 * platform's decoder inflates to exactly the drawn operators, is written with the file's bytes
 * instead of being compressed again (for a busy shop, compressing the pages, the QR code's most of
 * all, was the largest part of drawing them again). A stream of any other contents, one the
 * platform does not decode, or every stream where the platform has no decoder, stays as drawn and
 * is compressed as the app compresses it. Everything else is still compared byte for byte.
 */
export async function takeFileStreams(drawn: PDFDocument, file: PDFDocument): Promise<void> {
  for (const [ref, object] of drawn.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFContentStream)) continue;
    const theirs = file.context.lookup(ref);
    if (!(theirs instanceof PDFRawStream)) continue;
    const plain = object.getUnencodedContents();
    const inflated = await inflatedWithin(theirs, plain.length);
    if (inflated !== null && sameBytes(inflated, plain))
      drawn.context.assign(ref, PDFRawStream.of(object.dict, theirs.contents));
  }
}
