import type { CsvError, CsvErrorCode } from '../domain/csv';

type Params = Record<string, string | number>;

const q = (value: string | number | undefined): string => (value === undefined ? '' : ` "${value}"`);

/** An Indonesian sentence for each CSV import code (the browser's live in i18n/; the CLI has its own). */
const MESSAGES: Readonly<Record<CsvErrorCode, (p: Params) => string>> = {
  'csv.empty': () => 'Berkas kosong.',
  'csv.binary': () => 'Berkas ini bukan teks CSV (berisi karakter biner).',
  'csv.encoding': () => 'Berkas bukan UTF-8. Simpan ulang sebagai "CSV UTF-8".',
  'csv.quote': () => 'Tanda kutip tidak ditutup.',
  'csv.header.missing': (p) => `Kolom wajib tidak ada: ${p.columns ?? 'tanggal, jenis, jumlah'}.`,
  'csv.header.duplicate': (p) => `Kolom${q(p.column)} muncul lebih dari sekali.`,
  'csv.noRows': () => 'Berkas tidak berisi baris data.',
  'csv.tooManyRows': (p) => `Terlalu banyak baris; paling banyak ${p.max ?? ''} baris sekali impor.`,
  'csv.fields.tooMany': (p) =>
    `Baris ini berisi ${p.found ?? 'lebih banyak'} kolom, sedangkan judul ${p.expected ?? 'lebih sedikit'}. Beri tanda kutip pada catatan yang memuat pemisah.`,
  'csv.date.missing': () => 'Tanggal kosong.',
  'csv.date.format': (p) => `Tanggal${q(p.value)} harus ditulis YYYY-MM-DD atau DD/MM/YYYY.`,
  'csv.date.invalid': (p) => `Tanggal${q(p.value)} tidak ada di kalender.`,
  'csv.type.missing': () => 'Jenis kosong; isi masuk, keluar, atau pindah.',
  'csv.type.unknown': (p) => `Jenis${q(p.value)} tidak dikenal; isi masuk, keluar, atau pindah.`,
  'csv.amount.missing': () => 'Jumlah kosong.',
  'csv.amount.invalid': (p) => `Jumlah${q(p.value)} bukan angka rupiah.`,
  'csv.amount.fraction': (p) => `Jumlah${q(p.value)} harus rupiah penuh, tanpa sen.`,
  'csv.amount.commaThousands': (p) =>
    `Jumlah${q(p.value)} memakai koma sebagai pemisah ribuan, padahal koma berarti sen. Tulis ${p.suggestion ?? ''} (titik sebagai pemisah ribuan).`,
  'csv.amount.negative': (p) => `Jumlah${q(p.value)} tidak boleh negatif; arah ditentukan oleh jenis.`,
  'csv.amount.zero': () => 'Jumlah harus lebih dari nol.',
  'csv.amount.tooLarge': (p) => `Jumlah${q(p.value)} terlalu besar.`,
  'csv.category.missing': () => 'Kategori wajib diisi untuk uang masuk dan keluar.',
  'csv.category.tooLong': () => 'Nama kategori terlalu panjang (paling banyak 60 karakter).',
  'csv.kind.unknown': (p) => `Kelompok${q(p.value)} tidak dikenal.`,
  'csv.kind.direction': (p) => `Kelompok${q(p.kind ?? p.value)} tidak cocok dengan arah uang pada baris ini.`,
  'csv.kind.mismatch': (p) =>
    `Kategori${q(p.category)} sudah ada dengan kelompok${q(p.kind)}, bukan${q(p.value)}.`,
  'csv.kind.conflict': (p) =>
    `Kategori baru${q(p.category)} diberi kelompok berbeda di baris lain (${p.kind ?? ''} dan ${p.value ?? ''}).`,
  'csv.account.tooLong': () => 'Nama akun terlalu panjang (paling banyak 60 karakter).',
  'csv.transfer.toMissing': () => 'Pindah dana memerlukan akun tujuan (akun_tujuan).',
  'csv.transfer.sameAccount': () => 'Akun asal dan akun tujuan sama.',
  'csv.note.tooLong': () => 'Catatan terlalu panjang (paling banyak 500 karakter).',
  'csv.total.tooLarge': () => 'Jumlah total terlalu besar untuk dihitung.',
};

/** An import problem as the CLI prints it: row, column, code, and an Indonesian message. */
export interface CsvErrorOutput {
  row: number;
  column: string | null;
  code: CsvErrorCode;
  message: string;
  params?: Params;
}

/** Adds the Indonesian message to an import problem. */
export function describeCsvError(error: CsvError): CsvErrorOutput {
  const message = MESSAGES[error.code](error.params ?? {});
  const out: CsvErrorOutput = { row: error.row, column: error.column, code: error.code, message };
  return error.params ? { ...out, params: error.params } : out;
}
