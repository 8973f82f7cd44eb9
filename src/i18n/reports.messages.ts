/** Messages of the reports screen (Indonesian first). */
export const reportsId = {
  'nav.reports': 'Laporan',
} as const;

/** The same messages in English. */
export const reportsEn: Record<keyof typeof reportsId, string> = {
  'nav.reports': 'Reports',
};
