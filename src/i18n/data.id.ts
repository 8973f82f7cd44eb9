import { syncScreensId } from './sync-screens.id';

/**
 * Messages of backup, restore, CSV import and export (Indonesian first), loaded with the data screen
 * and with the first start, which offers a restore.
 */
export const dataId = {
  ...syncScreensId,
  'nav.data': 'Cadangan & impor',

  'data.title': 'Cadangan & impor',
  'data.storage.title': 'Penyimpanan di ponsel ini',
  'data.storage.granted':
    'Penyimpanan tetap: diizinkan. Browser tidak akan menghapus buku Anda walau ruang ponsel hampir penuh.',
  'data.storage.denied':
    'Penyimpanan tetap: belum diizinkan. Jika ruang ponsel hampir penuh, browser boleh menghapus data Lumbung tanpa bertanya. Buat cadangan secara rutin dan simpan di luar ponsel (WhatsApp, Google Drive).',
  'data.storage.unsupported':
    'Browser ini tidak bisa menjamin penyimpanan tetap. Buat cadangan secara rutin dan simpan di luar ponsel.',
  'data.storage.notAsked': 'Lumbung meminta penyimpanan tetap setelah catatan pertama Anda tersimpan.',
  'data.storage.ask': 'Minta penyimpanan tetap',

  'data.backup.intro':
    'Buku hanya tersimpan di ponsel ini. Cadangan menyimpan semua usaha, catatan, dan riwayatnya dalam satu berkas.',
  'data.backup.last': 'Cadangan terakhir: {when}',
  'data.backup.never': 'Belum pernah membuat cadangan.',
  'data.backup.make': 'Buat cadangan',
  'data.backup.making': 'Membuat cadangan…',
  'data.backup.ready': 'Cadangan siap: {books} usaha, {entries} catatan.',
  'data.backup.share': 'Bagikan (WhatsApp, Drive…)',
  'data.backup.download': 'Simpan ke perangkat',
  'data.backup.saved': 'Cadangan tersimpan',
  'data.backup.photos': 'Sertakan foto bukti ({count} foto, {kb} KB)',
  'data.backup.photosHelp':
    'Tanpa centang, foto bukti hanya ada di ponsel ini dan file cadangan lebih kecil.',
  'data.backup.readyPhotos': 'Termasuk {photos} foto bukti.',
  'data.storage.photos': 'Foto bukti di ponsel ini: {count} foto, {kb} KB.',

  'data.restore.title': 'Pulihkan dari cadangan',
  'data.restore.intro':
    'Pilih berkas cadangan Lumbung (.json). Seluruh isinya diperiksa dulu sebelum ada yang disimpan.',
  'data.restore.firstStart': 'Sudah pernah memakai Lumbung? Pulihkan buku Anda dari berkas cadangan.',
  'data.restore.choose': 'Pilih berkas cadangan',
  'data.restore.checking': 'Memeriksa cadangan…',
  'data.restore.summary': 'Cadangan per {when}: {books} usaha, {entries} catatan. Riwayat utuh.',
  'data.restore.book': '{name}: {entries} catatan',
  'data.restore.bookHere': '{name} sudah ada di ponsel ini ({entries} catatan).',
  'data.restore.clash': 'Apa yang dilakukan dengan usaha yang sudah ada?',
  'data.restore.replace': 'Ganti dengan isi cadangan',
  'data.restore.replaceHelp': 'Catatan di ponsel yang tidak ada di cadangan akan hilang.',
  'data.restore.keepBoth': 'Simpan keduanya',
  'data.restore.keepBothHelp': 'Isi cadangan ditambahkan sebagai usaha terpisah bernama “… (cadangan)”.',
  'data.restore.copyName': '{name} (cadangan)',
  'data.restore.confirm': 'Pulihkan',
  'data.restore.restoring': 'Memulihkan…',
  'data.restore.done': 'Pulih: {books} usaha, {entries} catatan.',
  'data.restore.refused': 'Cadangan tidak dipulihkan. Tidak ada yang diubah.',

  'data.import.title': 'Impor dari CSV',
  'data.import.intro':
    'Pindahkan catatan dari lembar kerja atau aplikasi lain. Kolom: tanggal, jenis, jumlah, kategori, kelompok, akun, akun_tujuan, catatan.',
  'data.import.choose': 'Pilih berkas CSV',
  'data.import.tooLarge': 'Berkas terlalu besar ({size}). Paling besar 20 MB; bagi menjadi beberapa berkas.',
  'data.import.phase.read': 'Membaca berkas…',
  'data.import.phase.parse': 'Memeriksa setiap baris…',
  'data.import.phase.plan': 'Mencocokkan kategori dan akun…',
  'data.import.phase.write': 'Menyimpan {count} baris…',
  'data.import.preview': 'Periksa sebelum menyimpan',
  'data.import.rows': '{rows} baris: {entries} catatan dan {transfers} pindah dana, {from} – {to}.',
  'data.import.byKind': 'Jumlah per kelompok',
  'data.import.newCategories': 'Kategori baru: {names}',
  'data.import.newAccounts': 'Akun baru: {names}',
  'data.import.duplicate':
    'Berkas yang sama persis sudah diimpor pada {when} ({entries} catatan). Mengimpor lagi akan menggandakan catatan.',
  'data.import.duplicateConfirm': 'Saya mengerti, impor lagi',
  'data.import.confirm': 'Impor {rows} baris',
  'data.import.done': 'Impor selesai: {entries} catatan dan {transfers} pindah dana.',
  'data.import.credit':
    'Juga {contacts} kontak baru, {settlements} pembayaran piutang atau utang, {stockCounts} hitung stok dan {openingItems} piutang atau utang awal.',
  'data.import.refused':
    'Berkas tidak diimpor dan tidak ada yang disimpan. Perbaiki baris berikut, lalu coba lagi.',
  'data.import.problemCount': '{count} masalah ditemukan.',
  'data.import.more': '… dan {count} masalah lain.',
  'data.import.errorAt': 'Baris {line}, kolom {column}: {message}',
  'data.import.errorAtLine': 'Baris {line}: {message}',
  'data.import.history': 'Impor sebelumnya',
  'data.import.historyItem': '{file} · {when} · {entries} catatan',

  'data.export.title': 'Ekspor ke CSV',
  'data.export.intro': 'Catatan pada periode yang dipilih, dalam format yang sama dengan impor.',
  'data.export.from': 'Dari tanggal',
  'data.export.to': 'Sampai tanggal',
  'data.export.make': 'Ekspor CSV',
  'data.export.empty': 'Tidak ada catatan pada periode ini.',
  'data.export.done': 'CSV siap: {count} baris.',

  'data.check.title': 'Periksa buku',
  'data.check.run': 'Periksa sekarang',
  'data.check.ok': 'Buku utuh: {entries} catatan, riwayat tidak berubah, ringkasan cocok.',
  'data.check.broken': 'Ada masalah: {breaks} revisi riwayat rusak, {mismatches} ringkasan tidak cocok.',

  'data.busy': 'Tunggu sampai proses ini selesai, lalu muat ulang.',
  'data.cancel': 'Batal',

  'error.csv.empty': 'Berkas kosong.',
  'error.csv.binary': 'Berkas ini bukan teks CSV. Simpan ulang sebagai CSV dari aplikasi lembar kerja.',
  'error.csv.encoding': 'Berkas tidak tersimpan sebagai UTF-8. Simpan ulang sebagai “CSV UTF-8”.',
  'error.csv.quote': 'Tanda kutip (") tidak ditutup. Periksa catatan yang berisi tanda kutip.',
  'error.csv.header.missing': 'Kolom wajib tidak ada: {columns}.',
  'error.csv.header.duplicate': 'Kolom {column} muncul dua kali.',
  'error.csv.noRows': 'Berkas hanya berisi judul kolom, tanpa baris data.',
  'error.csv.tooManyRows': 'Terlalu banyak baris (paling banyak {max}). Bagi menjadi beberapa berkas.',
  'error.csv.fields.tooMany':
    'Baris ini berisi {found} kolom, padahal judulnya {expected}. Mungkin ada koma di catatan tanpa tanda kutip.',
  'error.csv.date.missing': 'Tanggal kosong.',
  'error.csv.date.format': 'Tanggal “{value}” tidak dikenali. Tulis 2026-03-31 atau 31/03/2026.',
  'error.csv.date.invalid': 'Tanggal “{value}” tidak ada di kalender.',
  'error.csv.type.missing': 'Jenis kosong. Isi masuk, keluar, atau pindah.',
  'error.csv.type.unknown': 'Jenis “{value}” tidak dikenal. Isi masuk, keluar, atau pindah.',
  'error.csv.amount.missing': 'Jumlah kosong.',
  'error.csv.amount.invalid': 'Jumlah “{value}” bukan angka rupiah.',
  'error.csv.amount.fraction': 'Jumlah “{value}” memakai sen. Tulis rupiah utuh.',
  'error.csv.amount.negative': 'Jumlah “{value}” minus. Tulis jumlah positif dengan jenis keluar.',
  'error.csv.amount.zero': 'Jumlah harus lebih dari 0.',
  'error.csv.amount.commaThousands':
    'Jumlah “{value}” memakai koma sebagai pemisah ribuan, padahal koma berarti sen. Tulis {suggestion} (titik sebagai pemisah ribuan).',
  'error.csv.amount.tooLarge': 'Jumlah “{value}” terlalu besar.',
  'error.csv.category.missing': 'Kategori kosong. Uang masuk dan keluar perlu kategori.',
  'error.csv.category.tooLong': 'Nama kategori terlalu panjang (paling banyak {max} huruf).',
  'error.csv.kind.unknown': 'Kelompok “{value}” tidak dikenal.',
  'error.csv.kind.direction': 'Arah uang tidak cocok: “{value}” termasuk kelompok untuk arah sebaliknya.',
  'error.csv.kind.mismatch': 'Kategori {category} di buku ini berkelompok {kind}, bukan “{value}”.',
  'error.csv.kind.conflict': 'Kategori baru {category} diberi dua kelompok: {kind} dan “{value}”.',
  'error.csv.account.tooLong': 'Nama akun terlalu panjang (paling banyak {max} huruf).',
  'error.csv.transfer.toMissing': 'Pindah dana perlu akun tujuan (kolom akun_tujuan).',
  'error.csv.transfer.sameAccount': 'Akun tujuan sama dengan akun asal.',
  'error.csv.note.tooLong': 'Catatan terlalu panjang (paling banyak {max} huruf).',
  'error.csv.total.tooLarge': 'Jumlah seluruh baris terlalu besar untuk dihitung.',
  'error.csv.contact.missing': 'Baris ini perlu nama kontak (pelanggan atau pemasok).',
  'error.csv.contact.tooLong': 'Nama kontak terlalu panjang (paling banyak {max} huruf).',
  'error.csv.paid.aboveAmount': 'Yang dibayar ({value}) lebih besar dari jumlahnya ({amount}).',
  'error.csv.paid.notAllowed': 'Kolom dibayar hanya untuk baris masuk atau keluar.',
  'error.csv.paid.kind': 'Kelompok {kind} tidak bisa dicatat belum lunas.',
  'error.csv.dueDate.beforeDate': 'Jatuh tempo {value} lebih awal dari tanggal {date}.',
  'error.csv.dueDate.withoutCredit': 'Jatuh tempo hanya untuk yang masih terutang.',
  'error.csv.settlement.overdrawn': 'Lebih besar dari utang {contact} pada {date}, yaitu {owed}.',
  'error.csv.stock.sameDay': 'Sudah ada hitungan stok untuk tanggal {date}.',
  'error.csv.stock.openingTwice': 'Stok awal hanya boleh satu per buku.',
  'error.csv.stock.openingNotFirst': 'Stok awal harus bertanggal paling awal; ada catatan pada {date}.',

  'error.backup.tooLarge': 'Berkas cadangan terlalu besar (paling besar 200 MB).',
  'error.backup.notJson': 'Berkas ini bukan cadangan Lumbung.',
  'error.backup.duplicateKey':
    'Cadangan ini rusak atau telah diubah: “{key}” tertulis dua kali (di {path}). Tidak ada yang dipulihkan.',
  'error.backup.notBackup': 'Berkas ini bukan cadangan Lumbung.',
  'error.backup.newer':
    'Cadangan ini dibuat oleh versi Lumbung yang lebih baru (format {version}). Perbarui aplikasi dulu, lalu pulihkan lagi.',
  'error.backup.invalid': 'Isi cadangan tidak sesuai format ({path}). Berkas mungkin rusak.',
  'error.backup.checksum': 'Cadangan ini rusak atau telah diubah: kode pemeriksanya tidak cocok.',
  'error.backup.empty': 'Cadangan ini tidak berisi buku usaha.',
  'error.backup.duplicate': 'Cadangan rusak: {table} {id} muncul dua kali.',
  'error.backup.orphan': 'Cadangan rusak: {table} {id} merujuk ke data yang tidak ada.',
  'error.backup.kindDirection': 'Cadangan rusak: catatan {id} tidak cocok dengan kelompok kategorinya.',
  'error.backup.sameAccount': 'Cadangan rusak: pindah dana {id} ke akun yang sama.',
  'error.backup.history': 'Cadangan ini telah diubah: catatan {id} berbeda dari riwayatnya.',
  'error.backup.chain': 'Riwayat usaha {book} telah diubah (revisi ke-{seq}).',
  'error.backup.idClash': 'Sebagian isi cadangan bentrok dengan data di ponsel ini.',

  'error.sync.envelopeTooLarge': 'Revisi ke-{seq} terlalu besar untuk dikirim ke server.',
  'error.sync.envelopeMalformed': 'Data dari server rusak (revisi ke-{seq}).',
  'error.sync.envelopeUnreadable':
    'Revisi ke-{seq} dari server tidak bisa dibuka: kuncinya salah atau isinya telah diubah.',
  'error.sync.envelopeContent': 'Isi revisi ke-{seq} dari server bukan catatan Lumbung yang sah.',
  'error.sync.envelopeHash': 'Revisi ke-{seq} dari server tidak cocok dengan kode pengamannya.',
  'error.sync.envelopePlace': 'Revisi ke-{seq} dari server berada di tempat yang salah dalam riwayat.',
  'error.sync.recoveryCodeMalformed':
    'Kode pemulihan terdiri dari {length} huruf dan angka. Periksa lagi yang Anda ketik.',
  'error.sync.recoveryCodeTypo': 'Ada salah ketik dalam kode pemulihan. Periksa setiap huruf dan angka.',
  'error.sync.recoveryCodeWrong': 'Kode pemulihan ini bukan kode untuk usaha ini. Tidak ada yang diubah.',
  'error.sync.wrappedKeyInvalid': 'Kunci buku dari server rusak atau milik usaha lain.',
  'error.sync.wrappedKeyNewer':
    'Kunci buku ini dibuat oleh versi Lumbung yang lebih baru. Perbarui aplikasi.',
  'error.sync.receiptMalformed': 'Tanda terima dari server tidak terbaca.',
  'error.sync.receiptServerKey': 'Kunci server tidak sama dengan yang dikenal ponsel ini.',
  'error.sync.receiptSignature': 'Tanda tangan tanda terima dari server tidak sah.',
  'error.sync.receiptIssuer': 'Tanda terima ini dikeluarkan oleh server lain.',
  'error.sync.receiptBook': 'Tanda terima ini untuk usaha lain.',
  'error.sync.receiptUnknownSeq': 'Tanda terima menyebut revisi ke-{seq}, yang tidak ada di ponsel ini.',
  'error.sync.receiptHash': 'Tanda terima untuk revisi ke-{seq} tidak cocok dengan riwayat di ponsel ini.',
  'error.sync.restoreEmpty': 'Server belum menyimpan catatan apa pun untuk usaha ini.',
  'error.sync.restoreChain': 'Riwayat dari server telah diubah (revisi ke-{seq}). Tidak ada yang dipulihkan.',
  'error.sync.restoreIncomplete':
    'Riwayat dari server belum lengkap (sampai revisi ke-{seq} dari {tip}). Coba lagi.',
  'error.sync.catalogUnreadable':
    'Data usaha dari server tidak bisa dibuka dengan kode ini. Tidak ada yang diubah.',
  'error.sync.restoreRecords': 'Catatan dari server tidak cocok satu sama lain. Tidak ada yang diubah.',
  'error.sync.restoreUnsupported':
    'Buku ini berisi catatan yang belum dikenal versi Lumbung ini (revisi ke-{seq}). Perbarui aplikasi.',
  'sync.send.button': 'Kirim ke koperasi',
  'sync.send.sending': 'Mengirim ke koperasi…',
  'sync.send.done':
    'Terkirim ke koperasi: {verdict}. {witnessed} dari {total} catatan sudah disaksikan server.',
  'sync.send.noEvidence':
    'Catatan tidak disertakan, jadi tidak ada bukti saksi yang dikirim: server menghitung semua catatan sebagai belum pernah disaksikan.',
} as const;
