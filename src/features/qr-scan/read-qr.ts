/** What a QR code can be read from: a photo or a camera frame, as the browser draws them. */
export type QrSource = ImageBitmap | HTMLVideoElement;

/** The platform's barcode reader (Chrome on Android, ChromeOS, macOS), typed as far as it is used. */
interface BarcodeDetectorLike {
  detect(source: QrSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** The longest side a picture is scaled down to before jsQR reads it: a page's QR code stays readable. */
const MAX_SIDE = 2000;

let platform: Promise<BarcodeDetectorLike | null> | undefined;

/** The platform's QR reader, or null where there is none (then jsQR reads the pixels). */
function platformDetector(): Promise<BarcodeDetectorLike | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  platform ??= Detector
    ? Detector.getSupportedFormats()
        .then((formats) => (formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null))
        .catch(() => null)
    : Promise.resolve(null);
  return platform;
}

const sizeOf = (source: QrSource) =>
  source instanceof ImageBitmap
    ? { width: source.width, height: source.height }
    : { width: source.videoWidth, height: source.videoHeight };

/** The RGBA pixels of a source, scaled down so its longest side is at most MAX_SIDE. */
function pixelsOf(source: QrSource): ImageData | null {
  const { width, height } = sizeOf(source);
  if (width === 0 || height === 0) return null;
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * The text of the first QR code in a picture or camera frame, or null when none can be read. The
 * platform's reader is used where present; otherwise jsQR, loaded on first use.
 */
export async function readQr(source: QrSource): Promise<string | null> {
  const detector = await platformDetector();
  if (detector) {
    const found = await detector.detect(source).catch(() => []);
    if (found[0]) return found[0].rawValue;
  }
  const image = pixelsOf(source);
  if (!image) return null;
  const { default: jsQR } = await import('jsqr');
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** The text of the QR code in a chosen photo or picture file, or null when it holds none (or is no picture). */
export async function readQrPhoto(file: Blob): Promise<string | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  try {
    return await readQr(bitmap);
  } finally {
    bitmap.close();
  }
}
