import type { Problem } from '../domain/result';
import type { StatementProblemCode } from '../domain/statement';

type Params = NonNullable<Problem['params']>;

/** An Indonesian sentence for each verification problem code. */
const MESSAGES: Readonly<Record<StatementProblemCode, (p: Params) => string>> = {
  'file.empty': () => 'Berkas kosong.',
  'file.encoding': () => 'Berkas bukan teks UTF-8.',
  'file.notJson': () => 'Berkas bukan JSON yang utuh (rusak atau terpotong).',
  'file.duplicateKey': (p) =>
    `Berkas menulis "${p.key}" dua kali (di ${p.path}), jadi bisa berisi dua hal berbeda; tidak bisa diperiksa.`,
  'pdf.truncated': () => 'PDF terpotong (tidak lengkap); minta berkas lengkapnya.',
  'pdf.unreadable': () => 'PDF tidak bisa dibaca.',
  'pdf.noStatement': () => 'PDF ini tidak membawa lampiran statement.json.',
  'pdf.tooLarge': (p) =>
    `Berkas terlalu besar: isi PDF ini melebihi ${p.max ?? '20 MB'} setelah dibuka (atau dipadatkan secara tidak wajar). Berkas tidak diperiksa.`,
  'format.unknown': (p) => `Bukan laporan lumbung.statement/1${p.format ? ` (format: ${p.format})` : ''}.`,
  'schema.invalid': (p) => `Isi laporan tidak sesuai format di ${p.path ?? '?'} (${p.issue ?? '?'}).`,
  'signature.missing': () => 'Laporan tidak bertanda tangan.',
  'signature.malformed': () => 'Blok tanda tangan tidak sesuai format.',
  'signature.badKey': () => 'Kunci publik dalam berkas tidak valid.',
  'signature.invalid': () => 'Tanda tangan tidak cocok: laporan diubah setelah ditandatangani.',
  'fingerprint.stated': (p) =>
    `Sidik jari yang tertulis (${p.stated}) bukan sidik jari kunci dalam berkas (${p.actual}).`,
  'fingerprint.mismatch': (p) => `Sidik jari kunci ${p.actual} bukan yang diharapkan (${p.expected}).`,
  'period.reversed': () => 'Periode terbalik.',
  'row.duplicateId': (p) => `ID ${p.id} muncul lebih dari sekali.`,
  'row.outsidePeriod': (p) => `Catatan ${p.id} bertanggal ${p.date}, di luar periode.`,
  'row.kindDirection': (p) => `Catatan ${p.id}: kelompok ${p.kind} tidak cocok dengan arah ${p.direction}.`,
  'row.sameAccount': (p) => `Pindah dana ${p.id} dari dan ke akun yang sama.`,
  'account.duplicate': (p) => `Akun ${p.account} tercantum dua kali.`,
  'figures.mismatch': (p) => `Angka ${p.field} tertulis ${p.stated}, hasil hitung ulang ${p.computed}.`,
  'figures.uncomputable': () => 'Angka tidak bisa dihitung ulang (di luar batas).',
  'qr.unreadable': () => 'Kode QR bukan ringkasan Lumbung.',
  'qr.keyMismatch': () => 'Kode QR ditandatangani kunci lain.',
};

/** A problem with its Indonesian message added. */
export function describeProblem(problem: Problem): Problem & { message: string } {
  const message = Object.hasOwn(MESSAGES, problem.code)
    ? MESSAGES[problem.code as StatementProblemCode](problem.params ?? {})
    : problem.code;
  return { ...problem, message };
}
