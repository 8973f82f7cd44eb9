/**
 * Messages of the officer's check (Periksa laporan) and of every statement problem code (Indonesian
 * first). `period.reversed` shares its message with the reports screen (id.ts).
 */
export const verifyId = {
  'verify.title': 'Periksa laporan',
  'verify.intro':
    'Untuk petugas koperasi: buka laporan keuangan (PDF atau JSON) yang dikirim anggota. Lumbung memeriksa tanda tangan dan menghitung ulang semua angka di ponsel ini, tanpa internet.',
  'verify.choose': 'Pilih berkas laporan',
  'verify.dropHint': 'Atau seret berkas PDF atau JSON ke sini. Paling besar 20 MB.',
  'verify.checking': 'Memeriksa {name}…',
  'verify.phase.read': 'Membaca berkas.',
  'verify.phase.verify': 'Mencocokkan tanda tangan dan menghitung ulang angka.',
  'verify.progress': '{percent}% selesai',
  'verify.sharedMissing': 'Berkas yang dibagikan tidak ditemukan lagi. Pilih berkasnya di sini.',
  'verify.file': 'Berkas: {name}',

  'verify.verdict.genuine': 'ASLI',
  'verify.verdict.genuine.summary':
    'Tanda tangan sah dan setiap angka cocok bila dihitung ulang dari catatan di dalam laporan.',
  'verify.verdict.altered': 'DIUBAH',
  'verify.verdict.altered.summary':
    'Jangan pakai angka laporan ini. Berkas sudah diubah setelah ditandatangani, angkanya tidak cocok, isinya tidak mungkin dibuat Lumbung, atau ditandatangani perangkat lain.',
  'verify.verdict.unreadable': 'TIDAK BISA DIPERIKSA',
  'verify.verdict.unreadable.summary':
    'Berkas ini tidak berisi laporan Lumbung yang bisa dibaca. Minta anggota mengirim ulang berkas PDF atau JSON aslinya.',
  'verify.reason.signatureValid': 'Tanda tangan sah: isi laporan tidak berubah sejak ditandatangani.',
  'verify.reason.figuresConsistent': 'Semua angka cocok bila dihitung ulang dari catatan.',
  'verify.reason.keyRegistered': 'Kode perangkat cocok dengan yang terdaftar untuk anggota ini.',
  'verify.reason.more': '… dan {count} masalah lain.',
  'verify.reason.mismatch': '{figure} tertulis {stated}, hasil hitung {computed}.',
  'verify.reason.schema': 'Isi laporan tidak sesuai format: {place} ({issue}).',
  'verify.place.row': 'baris {row}',
  'verify.place.envelope': 'Sampul berkas',
  'verify.issue.type': 'jenis isiannya salah',
  'verify.issue.tooBig': 'terlalu besar atau terlalu panjang',
  'verify.issue.tooSmall': 'terlalu kecil, terlalu pendek, atau kosong',
  'verify.issue.unknownKeys': 'ada isian yang tidak dikenal',
  'verify.issue.value': 'isinya tidak sah',
  'verify.figure.rpc': 'Kemampuan bayar (RPC)',
  'verify.figure.daysInPeriod': 'Jumlah hari dalam periode',
  'verify.figure.categoryAmount': 'Kategori {category}',
  'verify.figure.accountBalance': 'Saldo akun {account}',
  'verify.figure.months': 'Jumlah bulan dalam laporan',
  'verify.figure.accounts': 'Daftar akun',
  'verify.figure.warnings': 'Peringatan kedisiplinan',
  'verify.figure.source': 'Asal H atau I',
  'verify.figure.positionOpening': '{line} di awal periode',
  'verify.figure.positionClosing': '{line} di akhir periode',
  'verify.figure.creditTotal': '{side}',
  'verify.figure.creditContacts': '{side}: jumlah kontak',
  'verify.figure.creditAging': '{side} ({bucket})',
  'verify.figure.other': 'Sebuah angka',

  'verify.reason.handedOver':
    'Perangkat baru, diserahkan oleh perangkat terdaftar {from} pada {date}: anggota pindah ponsel dan ponsel lama menandatangani serah terimanya.',
  'verify.key.handover':
    'Kunci ini diserahkan dari perangkat {from} pada {date} (anggota pindah ke ponsel baru).',
  'verify.key.handoverForged':
    'Serah terima kunci di dalam laporan ini palsu: tidak ditandatangani oleh perangkat lama yang disebutnya.',
  'verify.qr.title': 'Salinan cetak: pindai kode QR',
  'verify.qr.intro':
    'Laporan dicetak? Foto atau pindai kode QR di halaman terakhir. Kode QR membawa angka utama yang ditandatangani ponsel anggota.',
  'verify.qr.photo': 'Foto kode QR',
  'verify.qr.source': 'Kode QR salinan cetak',
  'verify.qr.genuine.summary':
    'Tanda tangan kode QR sah: angka di bawah ini sama dengan yang ditandatangani ponsel anggota. Cocokkan dengan angka yang tercetak di halaman.',
  'verify.qr.reading': 'Memeriksa kode QR…',
  'verify.qr.summary.title': 'Isi kode QR',
  'verify.qr.summary.code': 'Kode laporan',
  'verify.qr.only':
    'Kode QR hanya menjamin angka ini (periode, pendapatan, laba bersih, saldo akhir, kode laporan), bukan isi lain halaman cetak. Untuk memeriksa setiap angka, minta berkas PDF atau JSON-nya.',
  'verify.proof.title': 'Apa arti tanda tangan yang sah?',
  'verify.proof.does': 'Membuktikan:',
  'verify.proof.doesText':
    'laporan tidak berubah satu huruf pun sejak ditandatangani oleh kunci ini; bila kode perangkatnya cocok dengan yang terdaftar untuk anggota, laporan dibuat di ponsel anggota itu. Angka yang cocok berarti jumlah-jumlahnya adalah hitungan jujur dari catatan di dalam berkas.',
  'verify.proof.doesNot': 'Tidak membuktikan:',
  'verify.proof.doesNotText':
    'bahwa catatannya benar — anggota bisa saja mengetik penjualan yang tidak pernah terjadi. Juga tidak membuktikan buku dicatat setiap hari (bagian kedisiplinan memakai jam ponsel anggota), bahwa saldo awal benar, atau bahwa tidak ada catatan di luar periode. Halaman PDF yang dicetak tidak ditandatangani; hanya berkas di dalamnya dan angka di kode QR.',

  'verify.key.title': 'Kode perangkat penanda tangan',
  'verify.key.none': 'Tidak ada kode perangkat yang sah.',
  'verify.key.matches': 'Cocok: kode ini terdaftar untuk anggota {member} sejak {since}.',
  'verify.key.differs.title': 'AWAS: kode perangkat berbeda!',
  'verify.key.differs':
    'Anggota {member} terdaftar dengan kode perangkat {registered}. Laporan ini ditandatangani perangkat lain: mungkin bukan dari anggota ini, atau anggota sudah ganti ponsel. Tanyakan langsung kepada anggota sebelum memakainya.',
  'verify.key.unregistered.title': 'AWAS: anggota belum terdaftar!',
  'verify.key.unregistered':
    'Anggota {member} belum terdaftar di perangkat ini, jadi belum ada yang memastikan laporan ini dari ponsel anggota itu: siapa pun bisa membuat laporan yang tanda tangannya sah. Cocokkan kode perangkat di bawah dengan yang tampil di ponsel anggota (Pengaturan), di depan anggota, lalu daftarkan.',
  'verify.key.noMember':
    'Laporan ini tidak mencantumkan nomor anggota. Isi nomornya untuk mendaftarkan kode ini.',
  'verify.key.register': 'Daftarkan kode ini untuk anggota',
  'verify.key.replace': 'Anggota ganti ponsel: daftarkan kode baru ini',
  'verify.key.saved': 'Tersimpan: kode perangkat anggota {member}.',
  'verify.key.help':
    'Daftar ini hanya tersimpan di perangkat petugas ini. Laporan berikutnya dari anggota yang sama akan dicocokkan otomatis.',
  'verify.registry.title': 'Anggota terdaftar di perangkat ini ({count})',
  'verify.registry.since': 'terdaftar {date}',
  'verify.registry.forget': 'Hapus',
  'verify.registry.forgetOne': 'Hapus pendaftaran anggota {member}',

  'verify.content.title': 'Isi laporan',
  'verify.content.untrusted': 'Laporan ini tidak asli: angka di bawah ini hanya yang tertulis di berkas.',

  'verify.calc.title': 'Hitung kemampuan bayar',
  'verify.calc.intro':
    'Pakai rasio koperasi Anda dan angka Anda sendiri. M dihitung dari laporan; H dan I awalnya yang tertulis di laporan.',
  'verify.calc.ratio': 'Rasio koperasi r (%)',
  'verify.calc.priveAverage': 'Rata-rata prive dari catatan: {amount} per bulan.',
  'verify.calc.pokokAverage': 'Rata-rata pokok angsuran dari catatan: {amount} per bulan.',
  'verify.calc.loan': 'Pinjaman yang diajukan',
  'verify.calc.amount': 'Jumlah pinjaman',
  'verify.calc.months': 'Jangka waktu (bulan)',
  'verify.calc.monthsError': 'Isi 1 sampai 600 bulan.',
  'verify.calc.rate': 'Bunga flat per bulan (%)',
  'verify.calc.rateError': 'Isi bunga per bulan, misalnya 1,5.',
  'verify.calc.fits': 'Angsuran {instalment} per bulan: MASUK dalam kemampuan bayar (sisa {headroom}).',
  'verify.calc.exceeds': 'Angsuran {instalment} per bulan: MELEBIHI kemampuan bayar sebesar {headroom}.',

  'error.file.empty': 'Berkas kosong.',
  'error.file.encoding': 'Berkas bukan teks UTF-8.',
  'error.file.notJson': 'Berkas bukan JSON yang utuh (rusak atau terpotong).',
  'error.file.duplicateKey':
    'Berkas menulis “{key}” dua kali (di {path}), jadi bisa berisi dua hal berbeda. Laporan seperti ini tidak bisa diperiksa; minta berkas aslinya dari anggota.',
  'error.file.tooLarge': 'Berkas terlalu besar ({size}); paling besar {max}. Berkas tidak dibaca.',
  'error.file.unreadable': 'Berkas tidak bisa dibaca.',
  'error.pdf.truncated': 'PDF terpotong (tidak lengkap). Minta berkas lengkapnya.',
  'error.pdf.unreadable': 'PDF tidak bisa dibaca.',
  'error.pdf.noStatement': 'PDF ini tidak membawa lampiran statement.json, jadi tidak bisa diperiksa.',
  'error.pdf.tooLarge':
    'Berkas terlalu besar: isi PDF ini melebihi {max} setelah dibuka (atau dipadatkan secara tidak wajar). Berkas tidak diperiksa.',
  'error.format.unknown': 'Bukan laporan Lumbung (lumbung.statement/1).',
  'error.schema.invalid': 'Isi laporan tidak sesuai format di {path} ({issue}).',
  'error.signature.missing': 'Laporan tidak bertanda tangan.',
  'error.signature.malformed': 'Blok tanda tangan tidak sesuai format.',
  'error.signature.badKey': 'Kunci publik di dalam berkas tidak valid.',
  'error.signature.invalid': 'Tanda tangan tidak cocok: laporan diubah setelah ditandatangani.',
  'error.fingerprint.stated':
    'Kode perangkat yang tertulis ({stated}) bukan kode kunci di dalam berkas ({actual}).',
  'error.fingerprint.mismatch':
    'Ditandatangani perangkat {actual}, bukan perangkat yang terdaftar untuk anggota ini ({expected}).',
  'error.identity.notCanonical':
    '{field} “{value}” tidak ditulis seperti yang selalu ditulis Lumbung (ada huruf kembar-rupa atau huruf tak terlihat: {characters}). Laporan dari aplikasi tidak pernah begini.',
  'error.identity.memberNumber':
    'Nomor anggota “{value}” bukan nomor anggota yang sah (ada huruf di luar A–Z, 0–9, titik, garis miring, tanda hubung biasa: {characters}).',
  'error.period.notWholeMonths':
    'Periode {from} s.d. {to} bukan bulan penuh. Laporan Lumbung selalu mencakup bulan kalender penuh, jadi rata-rata per bulan dari periode ini tidak bisa dipercaya.',
  'error.period.notEnded':
    'Laporan dibuat {madeOn}, padahal periodenya baru berakhir {to}. Laporan Lumbung hanya dibuat setelah periodenya selesai.',
  'error.rows.recordedAfterStatement':
    '{count} catatan dicatat sesudah laporan dibuat (misalnya catatan tanggal {date}, dicatat {recordedOn}).',
  'error.rows.recordedTooEarly':
    '{count} catatan dicatat lebih dari setahun sebelum tanggalnya (misalnya catatan tanggal {date}, dicatat {recordedOn}).',
  'error.row.duplicateId': 'Catatan {id} muncul lebih dari sekali.',
  'error.row.outsidePeriod': 'Catatan {id} bertanggal {date}, di luar periode.',
  'error.row.kindDirection': 'Catatan {id}: kelompok {kind} tidak cocok dengan arah {direction}.',
  'error.row.sameAccount': 'Pindah dana {id} dari dan ke akun yang sama.',
  'error.account.duplicate': 'Akun {account} tercantum dua kali.',
  'error.figures.mismatch': 'Angka {field} tertulis {stated}, hasil hitung ulang {computed}.',
  'error.figures.uncomputable': 'Angka tidak bisa dihitung ulang (di luar batas).',
  'error.qr.unreadable': 'Kode QR bukan ringkasan Lumbung.',
  'error.handover.invalid':
    'Serah terima ke-{step} ({from} → {to}) tidak ditandatangani oleh perangkat lama itu: serah terima palsu.',
  'error.receipt.invalid':
    'Tanda terima server ke-{receipt} tidak ditandatangani oleh kunci server yang dibawa laporan: tanda terima palsu atau diubah.',
  'error.receipt.book': 'Tanda terima server ke-{receipt} untuk buku lain ({book}), bukan buku laporan ini.',
  'error.receipt.serverKey':
    'Tanda terima di laporan ini ditandatangani kunci server {stated}, bukan kunci server koperasi {expected}.',
  'verify.witness.title': 'Disaksikan server koperasi',
  'verify.witness.upTo':
    'Server koperasi menyaksikan rantai buku ini sampai revisi ke-{seq} pada {date} ({count} tanda terima sah): {recorded} dari {total} catatan periode ini sudah tercatat sebelum itu.',
  'verify.witness.none': 'Tidak ada tanda terima server yang sah di laporan ini.',
  'verify.witness.keyMatches': 'Kunci server {fingerprint} adalah kunci server koperasi.',
  'verify.witness.keyUnchecked':
    'Kunci server {fingerprint} belum dicocokkan: bandingkan dengan sidik jari kunci server koperasi sebelum mempercayai tanda terima ini.',
  'error.handover.broken':
    'Rantai serah terima putus di langkah ke-{step} ({from} → {to}): tidak sampai ke perangkat yang menandatangani.',
  'error.keyring.handoverSessionKey':
    'Ponsel ini tidak bisa menyimpan kunci tanda tangan (mungkin jendela pribadi), jadi serah terima tidak bisa disimpan.',
  'error.keyring.handoverNotForThisDevice':
    'Kode serah terima ini untuk ponsel lain, bukan ponsel ini. Tunjukkan kode ponsel ini ke ponsel lama dan ulangi.',
  'error.keyring.handoverInvalid': 'Kode serah terima ini tidak sah (tanda tangannya tidak cocok).',
  'error.pdf.unbound':
    'PDF ini dibuat Lumbung versi lama: halamannya belum terikat pada laporan bertanda tangan, jadi isi halaman tidak bisa diperiksa. Minta berkas JSON-nya (yang tetap bisa diperiksa) atau PDF baru.',
  'error.pdf.layoutUnknown':
    'PDF ini digambar dengan tata letak {layout} dari Lumbung versi yang lebih baru. Perbarui aplikasi untuk memeriksa halamannya.',
  'error.pdf.layoutRetired':
    'PDF ini digambar dengan tata letak lama ({layout}) yang tidak lagi digambar ulang oleh aplikasi ini, jadi halamannya tidak bisa diperiksa. Berkas JSON-nya tetap bisa diperiksa: minta JSON-nya atau PDF baru.',
  'error.pdf.changed':
    'Halaman atau isi PDF ini tidak sama dengan PDF yang dibuat Lumbung dari laporan bertanda tangan di dalamnya: ada yang diubah, ditambah, atau ditukar setelah PDF dibuat. Jangan percaya angka di halamannya.',
  'error.pdf.appended':
    'Ada tambahan yang ditempel di belakang PDF setelah dibuat (pembaruan bertahap): pembaca PDF bisa menampilkan halaman atau lampiran yang berbeda dari yang ditandatangani.',
  'error.pdf.qrMismatch': 'Kode QR yang dibawa PDF ini bukan milik laporan bertanda tangan di dalamnya.',
  'error.keyring.memberRequired': 'Isi nomor anggota.',
  'error.keyring.memberTooLong': 'Nomor anggota paling panjang {max} huruf.',
  'error.keyring.memberInvalid':
    'Nomor anggota hanya boleh berisi huruf A–Z, angka 0–9, titik, garis miring dan tanda hubung biasa (-). Ketik ulang nomornya.',
  'error.keyring.fingerprintInvalid': 'Kode perangkat tidak valid.',
} as const;
