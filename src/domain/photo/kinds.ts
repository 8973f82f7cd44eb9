/** The picture formats a stored receipt photo may have: what the phone's encoder writes. */
export const PHOTO_TYPES = ['image/jpeg', 'image/webp'] as const;

/** A stored photo's format. */
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Whether a format is one a receipt photo may be stored in. */
export const isPhotoType = (type: string): type is PhotoType =>
  (PHOTO_TYPES as readonly string[]).includes(type);
