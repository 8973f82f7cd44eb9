/** One attempt at encoding a photo: the size to draw it at and the encoder's quality (0–1). */
export interface CompressionStep {
  width: number;
  height: number;
  quality: number;
}

/** The longest side a receipt photo is drawn at first: enough to read a printed receipt. */
export const PHOTO_FIRST_SIDE = 1600;

/** The shortest longest side tried before giving up: below it a receipt's print is unreadable. */
export const PHOTO_LAST_SIDE = 320;

const QUALITIES = [0.8, 0.65, 0.5] as const;
const SHRINK = 0.75;

/**
 * The attempts, best first, at fitting a photo of `width` × `height` pixels under the size limit:
 * at each size the quality steps down, then the picture shrinks by a quarter and starts again,
 * never drawn larger than it was taken. The caller encodes each in turn and keeps the first that fits.
 */
export function compressionSteps(width: number, height: number): CompressionStep[] {
  if (!(width > 0 && height > 0)) return [];
  const longest = Math.max(width, height);
  const steps: CompressionStep[] = [];
  for (let side = Math.min(longest, PHOTO_FIRST_SIDE); ; side = Math.floor(side * SHRINK)) {
    const scale = side / longest;
    const size = {
      width: Math.max(1, Math.round(width * scale)),
      height: Math.max(1, Math.round(height * scale)),
    };
    for (const quality of QUALITIES) steps.push({ ...size, quality });
    if (side <= PHOTO_LAST_SIDE) return steps;
  }
}
