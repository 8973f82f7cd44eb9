import jpeg from 'jpeg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Whether the bytes are a PNG or JPEG picture (by their first bytes, whatever the file is named). */
export const isPicture = (bytes: Uint8Array): boolean =>
  startsWith(bytes, PNG_MAGIC) || startsWith(bytes, JPEG_MAGIC);

/** The RGBA pixels of a PNG or JPEG; a phone photo is refused past 100 megapixels. */
function pixels(bytes: Uint8Array): { data: Uint8Array; width: number; height: number } {
  if (startsWith(bytes, PNG_MAGIC)) return PNG.sync.read(Buffer.from(bytes));
  return jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 100 });
}

/**
 * The text of the QR code in a picture of a statement's page (a scan or a photo), or null when the
 * picture cannot be decoded or holds no QR code that can be read.
 */
export function readQrPicture(bytes: Uint8Array): string | null {
  try {
    const image = pixels(bytes);
    const rgba = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
    return jsQR(rgba, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  } catch {
    return null;
  }
}
