/** Messages of the loan statement and the officer's check (Indonesian first). */
export const statementId = {
  'nav.statement': 'Laporan pinjaman',
  'nav.verify': 'Periksa laporan',
} as const;

/** The same messages in English. */
export const statementEn: Record<keyof typeof statementId, string> = {
  'nav.statement': 'Loan statement',
  'nav.verify': 'Check a statement',
};
