/** The columns of the import format, by their Indonesian names. */
export const CSV_COLUMNS = [
  'tanggal',
  'jenis',
  'jumlah',
  'kategori',
  'kelompok',
  'akun',
  'akun_tujuan',
  'catatan',
] as const;

/** The columns of debts and stock: the contact, what was paid now and when the rest falls due. */
export const CREDIT_CSV_COLUMNS = ['kontak', 'dibayar', 'jatuh_tempo'] as const;

/** Every column the import reads, in the order problems are listed and a credit book is exported. */
export const ALL_CSV_COLUMNS = [...CSV_COLUMNS, ...CREDIT_CSV_COLUMNS] as const;

/** One column of the import format. */
export type CsvColumn = (typeof ALL_CSV_COLUMNS)[number];

/** Columns every file must have. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['tanggal', 'jenis', 'jumlah'];

const ENGLISH: Readonly<Record<string, CsvColumn>> = {
  date: 'tanggal',
  type: 'jenis',
  amount: 'jumlah',
  category: 'kategori',
  kind: 'kelompok',
  account: 'akun',
  to_account: 'akun_tujuan',
  note: 'catatan',
  contact: 'kontak',
  paid: 'dibayar',
  due_date: 'jatuh_tempo',
};

/** The column a header cell names (case-insensitive, Indonesian or English), or null when unknown. */
export function columnOf(header: string): CsvColumn | null {
  const name = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((ALL_CSV_COLUMNS as readonly string[]).includes(name)) return name as CsvColumn;
  return Object.hasOwn(ENGLISH, name) ? (ENGLISH[name] ?? null) : null;
}
