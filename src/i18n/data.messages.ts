/** Messages of backup, restore, CSV import and export (Indonesian first). */
export const dataId = {
  'nav.data': 'Cadangan & impor',
} as const;

/** The same messages in English. */
export const dataEn: Record<keyof typeof dataId, string> = {
  'nav.data': 'Backup & import',
};
