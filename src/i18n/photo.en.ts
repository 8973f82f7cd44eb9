import type { photoId } from './photo.id';

/** The messages of photo.id.ts in English, loaded with the photo card when the member speaks English. */
export const photoEn: Record<keyof typeof photoId, string> = {
  'photo.title': 'Receipt photo',
  'photo.none': 'No receipt photo for this entry yet.',
  'photo.camera': 'Take a photo',
  'photo.gallery': 'Choose from gallery',
  'photo.replaceCamera': 'Replace with a new photo',
  'photo.alt': 'Receipt photo of this entry',
  'photo.enlarge': 'Enlarge the receipt photo',
  'photo.close': 'Close photo',
  'photo.working': 'Shrinking the photo…',
  'photo.saved': 'Receipt photo saved ({kb} KB).',
  'photo.size': '{kb} KB, on this phone only',
  'photo.remove': 'Remove photo',
  'photo.remove.confirm': 'Remove this receipt photo from the phone? The entry stays.',
  'photo.remove.yes': 'Yes, remove the photo',
  'photo.removed': 'Receipt photo removed.',
  'error.photo.notImage': 'This file is not a picture. Choose a photo (JPG, PNG or WebP).',
  'error.photo.unreadable': 'This photo cannot be read. Take the photo again or choose another.',
  'error.photo.cannotShrink': 'This photo cannot be made as small as {kb} KB. Try another photo.',
  'error.photo.tooLarge': 'The photo is too large (at most {kb} KB).',
  'error.photo.type': 'The photo must be JPEG or WebP.',
  'error.photo.noEntry': 'This entry is no longer here, so the photo was not saved.',
} as const;
