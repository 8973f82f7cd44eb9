import { MAX_STATEMENT_FILE_BYTES, MAX_WITNESSED_STATEMENT_BYTES, megabytes } from '../src/domain/limits';

/** Every error the API answers with, and its message in Indonesian (the officers' and members' language). */
export const ERROR_MESSAGES = {
  'body.invalid': 'Permintaan tidak sesuai format yang diterima.',
  'body.tooLarge': 'Permintaan terlalu besar.',
  'route.notFound': 'Alamat ini tidak ada.',
  'auth.required': 'Silakan masuk terlebih dahulu.',
  'auth.credentials': 'Nama pengguna atau kata sandi salah.',
  'auth.locked': 'Terlalu banyak percobaan masuk yang gagal. Coba lagi nanti.',
  'auth.rateLimited': 'Terlalu banyak percobaan yang gagal dari alamat ini. Coba lagi sebentar lagi.',
  'auth.forbidden': 'Anda tidak berwenang melakukan ini.',
  'csrf.invalid': 'Token keamanan tidak ada atau salah. Muat ulang halaman lalu coba lagi.',
  'dpop.invalid': 'Bukti perangkat tidak sah.',
  'device.unknown': 'Perangkat ini belum terdaftar atau sudah dicabut.',
  'device.exists': 'Perangkat ini sudah terdaftar.',
  'device.notFound': 'Perangkat tidak ditemukan.',
  'enrolment.code': 'Kode pendaftaran tidak dikenal, sudah dipakai, atau sudah kedaluwarsa.',
  'enrolment.rateLimited': 'Terlalu banyak kode salah dari alamat ini. Coba lagi nanti.',
  'member.notFound': 'Anggota tidak ditemukan.',
  'member.otherBranch': 'Anggota ini terdaftar di cabang lain.',
  'officer.exists': 'Nama pengguna ini sudah dipakai.',
  'officer.notFound': 'Petugas tidak ditemukan.',
  'officer.self': 'Anda tidak bisa menonaktifkan akun Anda sendiri atau mencabut peran admin Anda sendiri.',
  'branch.exists': 'Cabang dengan nama ini sudah ada.',
  'branch.notFound': 'Cabang tidak ditemukan.',
  'book.notFound': 'Buku tidak ditemukan.',
  'chain.invalid': 'Revisi yang dikirim tidak saling tersambung.',
  'chain.gap': 'Revisi yang dikirim tidak menyambung ke revisi terakhir yang tersimpan (ada yang terlewat).',
  'chain.mismatch': 'Revisi pertama tidak menyambung ke revisi terakhir yang tersimpan.',
  'chain.fork': 'Server sudah menyimpan revisi lain dengan nomor yang sama.',
  'statement.unreadable': 'Berkas ini bukan laporan Lumbung yang bisa dibaca.',
  'statement.notFound': 'Laporan tidak ditemukan.',
  'statement.tooLarge': `Berkas laporan terlalu besar: server menerima laporan JSON beserta bukti saksinya sampai ${megabytes(MAX_WITNESSED_STATEMENT_BYTES)} dan PDF sampai ${megabytes(MAX_STATEMENT_FILE_BYTES)}. Tidak ada yang disimpan.`,
  'statement.busy':
    'Server sedang memeriksa laporan lain. Laporan ini belum diterima dan tidak ada yang disimpan; kirim lagi sebentar lagi.',
  'server.unavailable':
    'Server sedang tidak bisa menyimpan. Data Anda aman di ponsel; coba lagi sebentar lagi.',
  'server.error': 'Terjadi kesalahan di server. Coba lagi nanti.',
} as const;

/** The code of an error the API answers with. */
export type ErrorCode = keyof typeof ERROR_MESSAGES;
