import type { creditId } from './credit.id';
import type { dataId } from './data.id';
import type { photoId } from './photo.id';
import type { officeId } from './office.id';
import type { reportsId } from './reports.id';
import type { lockId } from './lock.id';
import type { productId } from './product.id';
import type { statementId } from './statement.id';
import type { statementCreditId } from './statement-credit.id';
import { syncId } from './sync.id';
import { errorsId } from './errors.id';
import type { stockId } from './stock.id';

/**
 * Bahasa Indonesia, the first language: the messages of the first screen and of every screen that
 * loads with it. The reports and data screens bring their own (message-parts.ts).
 */
export const id = {
  // The links to the statement, Home's offer of a PIN, the quick-sale chips and the products'
  // refusals (storage's own codes) are core; the rest of the statement's, the lock's and the
  // products' words load with their screens (message-parts.ts).
  'statement.link': 'Buat laporan untuk pengajuan pinjaman',
  'statement.verifyLink': 'Periksa laporan (petugas koperasi)',
  'lock.offer.title': 'Ponsel dipakai bersama keluarga?',
  'lock.offer.text': 'Pasang PIN agar hanya Anda yang bisa membuka dan mengubah buku.',
  'lock.offer.set': 'Pasang PIN',
  'lock.offer.dismiss': 'Tidak perlu',
  'product.chips': 'Jual cepat',
  'product.chipHint': 'Ketuk lagi untuk menambah jumlah.',
  ...syncId,
  ...errorsId,
  'app.name': 'Lumbung',
  'app.tagline': 'Buku kas usaha',
  'app.loading': 'Memuat…',
  'app.error.title': 'Ada yang tidak beres',
  'app.error.body': 'Lumbung mengalami kesalahan. Data Anda tetap aman di ponsel ini. Muat ulang aplikasi.',
  'app.reload': 'Muat ulang',
  'app.newerDb.title': 'Perbarui aplikasi',
  'app.newerDb.body':
    'Data di ponsel ini dibuat oleh versi Lumbung yang lebih baru. Agar data tidak rusak, aplikasi ini tidak menyentuhnya. Muat ulang untuk memakai versi terbaru.',
  'app.unavailable.title': 'Penyimpanan tidak bisa dibuka',
  'app.unavailable.body':
    'Browser ini tidak mengizinkan Lumbung menyimpan data (mungkin mode penyamaran). Buka Lumbung di jendela biasa.',
  'app.dbUpgrade': 'Versi baru Lumbung dibuka di tab lain. Catatan Anda sudah disimpan; memuat ulang…',
  'app.update.available': 'Versi baru tersedia',
  'app.update.reload': 'Muat ulang',
  'app.update.later': 'Nanti',
  'app.update.finishForm': 'Simpan dulu isian Anda, lalu muat ulang.',

  'nav.home': 'Beranda',
  'nav.ledger': 'Buku kas',
  'nav.manage': 'Kelola',
  'nav.settings': 'Pengaturan',
  'nav.back': 'Kembali',
  'nav.main': 'Menu utama',
  'nav.reports': 'Laporan',
  'reports.loading': 'Menghitung laporan…',

  'book.create.title': 'Selamat datang di Lumbung',
  'book.create.intro': 'Catat uang masuk dan keluar usaha Anda. Mulai dengan data usaha.',
  'book.create.submit': 'Buat buku',
  'book.edit.title': 'Data usaha',
  'book.edit.submit': 'Simpan data usaha',
  'book.saved': 'Data usaha tersimpan',
  'book.name': 'Nama usaha',
  'book.owner': 'Nama pemilik',
  'book.memberNumber': 'Nomor anggota',
  'book.cooperative': 'Koperasi',
  'book.branch': 'Cabang / TP',
  'book.businessType': 'Jenis usaha',
  'book.address': 'Alamat',
  'book.phone': 'Nomor HP',
  'book.timeZone': 'Zona waktu',
  'book.timeZone.other': 'Lainnya ({zone})',
  'book.optional': 'boleh dikosongkan',
  'book.required': 'Wajib diisi',
  'book.add': 'Tambah usaha lain',
  'book.switch': 'Ganti usaha',
  'book.current': 'Usaha aktif',

  'home.today': 'Hari ini',
  'home.moneyIn': 'Uang masuk',
  'home.moneyOut': 'Uang keluar',
  'home.income': 'Pendapatan',
  'home.costs': 'Biaya',
  'home.otherIn': 'Juga masuk {amount} yang bukan pendapatan (modal, pinjaman, jual aset).',
  'home.otherOut': 'Juga keluar {amount} yang bukan biaya usaha (prive, pokok pinjaman, beli aset).',
  'home.profitToday': 'Laba hari ini',
  'home.profitMonth': 'Laba bersih bulan ini',
  'home.profitMonth.help': 'Modal, prive, pinjaman dan pembelian aset tidak dihitung sebagai laba.',
  'home.balance': 'Saldo kas',
  'home.balanceTotal': 'Total saldo',
  'home.recent': 'Catatan terakhir',
  'home.seeAll': 'Lihat semua',
  'home.reminder': 'Belum ada catatan hari ini. Jangan lupa catat penjualan dan pengeluaran.',
  'home.empty': 'Belum ada catatan. Tekan Uang masuk atau Uang keluar untuk mulai.',
  'home.transfer': 'Pindah dana',

  'entry.in.title': 'Uang masuk',
  'entry.out.title': 'Uang keluar',
  'entry.edit.title': 'Ubah catatan',
  'entry.amount': 'Jumlah',
  'entry.category': 'Kategori',
  'entry.account': 'Akun',
  'entry.date': 'Tanggal',
  'entry.note': 'Catatan',
  'entry.counterparty': 'Pelanggan / pemasok',
  'entry.more': 'Tambah catatan',
  'entry.credit': 'Belum lunas',
  'manage.contacts': 'Pelanggan & pemasok',
  'entry.save': 'Simpan',
  'toast.close': 'Tutup pesan',
  'entry.undo': 'Urungkan',
  'entry.undo.reason': 'Diurungkan tepat setelah disimpan',
  'entry.undone': 'Diurungkan: {amount} tetap tercatat di riwayat sebagai dibatalkan.',
  'entry.saveAnyway': 'Ya, simpan',
  'entry.warn.future': 'Tanggal {date} belum tiba. Benar begitu?',
  'entry.warn.negativeCash':
    'Saldo {account} akan menjadi {amount} pada hari itu. Mungkin ada uang masuk yang belum dicatat.',
  'entry.saved': 'Tersimpan: {amount} · {category}',
  'entry.newCategory': 'Kategori baru',
  'entry.reason': 'Alasan perubahan',
  'entry.error.amountRequired': 'Isi jumlah uang.',
  'entry.error.categoryRequired': 'Pilih kategori.',
  'entry.error.dateInvalid': 'Tanggal tidak valid.',
  'entry.error.noteTooLong': 'Catatan paling panjang {max} huruf.',
  'entry.error.counterpartyTooLong': 'Nama paling panjang {max} huruf.',

  'transfer.title': 'Pindah dana',
  'transfer.from': 'Dari akun',
  'transfer.to': 'Ke akun',
  'transfer.saved': 'Tersimpan: pindah {amount}',
  'transfer.presets': 'Contoh',
  'transfer.preset.deposit': 'Setor ke bank',
  'transfer.preset.withdraw': 'Tarik tunai',
  'transfer.preset.qris': 'Saldo QRIS ke kas',
  'transfer.label': 'Pindah {from} → {to}',
  'transfer.addAccount': 'Tambah akun bank atau dompet digital',
  'transfer.needTwoAccounts': 'Tambah akun bank atau dompet digital dulu di menu Kelola.',

  'transfer.error.sameAccount': 'Pilih akun tujuan yang berbeda dari akun asal.',
  'transfer.edit.title': 'Ubah pindah dana',
  'transfer.detail.title': 'Rincian pindah dana',
  'category.new.title': 'Kategori baru',
  'category.name': 'Nama kategori',
  'category.kind.question': 'Uang ini untuk apa?',
  'category.add': 'Tambah kategori',
  'category.rename': 'Ganti nama',
  'category.hide': 'Sembunyikan',
  'category.show': 'Tampilkan',
  'category.changeKind': 'Ubah kelompok',
  'category.inUseNote': 'Kelompok tidak bisa diubah karena kategori sudah dipakai.',
  'category.hidden': 'disembunyikan',
  'category.title': 'Kategori',

  'kind.pendapatan': 'Hasil penjualan / jasa',
  'kind.pendapatan_lain': 'Pendapatan lain-lain (bunga tabungan, hadiah…)',
  'kind.hpp': 'Belanja bahan / barang dagangan',
  'kind.beban': 'Biaya usaha (listrik, transport, gaji, sewa…)',
  'kind.beban_lain': 'Biaya lain-lain (bunga pinjaman, denda…)',
  'kind.modal': 'Setoran modal pemilik',
  'kind.prive': 'Ambil uang untuk keperluan pribadi / rumah tangga',
  'kind.pinjaman_masuk': 'Terima pinjaman',
  'kind.angsuran_pokok': 'Bayar pokok pinjaman',
  'kind.beli_aset': 'Beli peralatan / aset',
  'kind.jual_aset': 'Jual peralatan / aset',

  'account.title': 'Akun',
  'account.name': 'Nama akun',
  'account.type': 'Jenis akun',
  'account.type.cash': 'Tunai',
  'account.type.bank': 'Bank',
  'account.type.ewallet': 'Dompet digital / QRIS',
  'account.add': 'Tambah akun',
  'account.rename': 'Ganti nama',
  'account.hide': 'Sembunyikan',
  'account.show': 'Tampilkan',

  'ledger.title': 'Buku kas',
  'ledger.filter': 'Saring',
  'ledger.period': 'Periode',
  'ledger.period.all': 'Semua',
  'ledger.period.today': 'Hari ini',
  'ledger.period.week': '7 hari terakhir',
  'ledger.period.month': 'Bulan ini',
  'ledger.period.lastMonth': 'Bulan lalu',
  'ledger.direction': 'Arah',
  'ledger.direction.all': 'Semua',
  'ledger.direction.in': 'Masuk',
  'ledger.direction.out': 'Keluar',
  'ledger.category.all': 'Semua kategori',
  'ledger.account.all': 'Semua akun',
  'ledger.search': 'Cari di catatan',
  'ledger.empty': 'Tidak ada catatan yang cocok.',
  'ledger.more': 'Muat lebih banyak',
  'ledger.dayTotals': 'Masuk {in} · Keluar {out}',
  'ledger.edited': 'Diubah',
  'ledger.voided': 'Dibatalkan',
  'ledger.transfers': 'Pindah dana',
  'ledger.newer': 'Tampilkan catatan yang lebih baru',

  'detail.title': 'Rincian catatan',
  'detail.edit': 'Ubah',
  'detail.void': 'Batalkan catatan',
  'detail.void.reason': 'Alasan pembatalan',
  'detail.void.confirm': 'Batalkan catatan ini',
  'detail.void.cancel': 'Jangan batalkan',
  'detail.voided.title': 'Dibatalkan',
  'detail.voided': 'Alasan: {reason}',
  'detail.voided.help': 'Catatan yang dibatalkan tetap terlihat tetapi tidak dihitung di mana pun.',
  'detail.history': 'Riwayat',
  'detail.history.create': 'Dicatat',
  'detail.history.edit': 'Diubah',
  'detail.history.void': 'Dibatalkan',
  'detail.history.reason': 'Alasan: {reason}',
  'detail.recordedAt': 'Dicatat {when}',
  'detail.source.import': 'Diimpor',
  'detail.source.app': 'Diketik di aplikasi',
  'detail.notFound': 'Catatan tidak ditemukan.',
  'detail.chainOk': 'Riwayat buku utuh.',
  'detail.chainBroken': 'Peringatan: riwayat buku ini telah diubah di luar aplikasi.',

  'data.backup.title': 'Cadangan',
  'data.backup.reminder': 'Sudah lama belum membuat cadangan. Buku Anda hanya tersimpan di ponsel ini.',
  'data.backup.reminderAction': 'Buat cadangan',
  'data.backup.reminderLater': 'Nanti saja',

  'field.date': 'tanggal',
  'field.amount': 'jumlah',
  'field.category': 'kategori',
  'field.account': 'akun',
  'field.note': 'catatan',
  'field.counterparty': 'pelanggan / pemasok',
  'field.voided': 'status',
  'field.fromAccount': 'dari akun',
  'field.toAccount': 'ke akun',
  'field.direction': 'arah',

  'manage.title': 'Kelola',
  'manage.save': 'Simpan',
  'manage.cancel': 'Batal',

  'settings.title': 'Pengaturan',
  'settings.language': 'Bahasa',
  'settings.books': 'Usaha di ponsel ini',
  'settings.about': 'Tentang',
  'settings.version': 'Versi {version}',
  'settings.data': 'Cadangan, pemulihan, impor dan ekspor CSV',

  'common.cancel': 'Batal',
  'common.close': 'Tutup',
  'common.required': 'wajib',
} as const;

/** A key of the catalogue that loads with the first screen (id.ts, en.ts). */
export type CoreMessageKey = keyof typeof id;

/** A key of any message: the first screen's and those that load with their screens. */
export type MessageKey =
  | CoreMessageKey
  | keyof typeof reportsId
  | keyof typeof dataId
  | keyof typeof officeId
  | keyof typeof lockId
  | keyof typeof productId
  | keyof typeof statementId
  | keyof typeof statementCreditId
  | keyof typeof stockId
  | keyof typeof photoId
  | keyof typeof creditId;
