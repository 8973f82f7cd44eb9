import { PHOTO_MAX_BYTES } from '../../domain/limits';
import { compressionSteps, type CompressionStep } from '../../domain/photo/compression-steps';
import { isPhotoType } from '../../domain/photo/kinds';

/** Why a chosen file could not become a receipt photo; the photo catalogue words each. */
export type CompressProblem = 'photo.notImage' | 'photo.unreadable' | 'photo.cannotShrink';

/** A photo compressed to fit, or why it could not be. */
export type Compressed = { ok: true; blob: Blob } | { ok: false; code: CompressProblem };

/** Draws the picture at a step's size and encodes it; null when the encoder gives nothing. */
async function encode(bitmap: ImageBitmap, step: CompressionStep, type: string): Promise<Blob | null> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(step.width, step.height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, step.width, step.height);
    return canvas.convertToBlob({ type, quality: step.quality }).catch(() => null);
  }
  const canvas = document.createElement('canvas');
  canvas.width = step.width;
  canvas.height = step.height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, step.width, step.height);
  return new Promise((resolve) => canvas.toBlob(resolve, type, step.quality));
}

/**
 * Compresses a photo from the camera or the gallery on the phone, with the platform's own encoder:
 * WebP where the browser writes it (smaller at the same quality), JPEG where it does not, drawn
 * smaller and at lower quality step by step until it fits under `PHOTO_MAX_BYTES`.
 */
export async function compressPhoto(file: Blob): Promise<Compressed> {
  // A gallery may hand over a file with no type; the decoder then decides.
  if (file.type !== '' && !file.type.startsWith('image/')) return { ok: false, code: 'photo.notImage' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, code: file.type === '' ? 'photo.notImage' : 'photo.unreadable' };
  }
  try {
    let type = 'image/webp';
    for (const step of compressionSteps(bitmap.width, bitmap.height)) {
      const blob = await encode(bitmap, step, type);
      // An encoder without WebP answers in PNG: go on in JPEG, which every browser writes.
      if (blob && !isPhotoType(blob.type)) type = 'image/jpeg';
      else if (blob && blob.size <= PHOTO_MAX_BYTES) return { ok: true, blob };
    }
    return { ok: false, code: 'photo.cannotShrink' };
  } finally {
    bitmap.close();
  }
}
