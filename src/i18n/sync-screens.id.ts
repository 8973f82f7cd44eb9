/** Messages of the sync screens (starting, the recovery code, restoring), loaded with the data catalogue. */
export const syncScreensId = {
  'sync.title': 'Simpan ke koperasi',
  'sync.intro':
    'Koperasi menyimpan salinan terkunci buku ini. Jika ponsel hilang atau rusak, buku bisa dipulihkan di ponsel baru. Koperasi tidak bisa membaca isinya.',
  'sync.address': 'Alamat server koperasi',
  'sync.code': 'Kode pendaftaran dari petugas',
  'sync.scan': 'Foto kode QR dari cabang',
  'sync.start': 'Daftarkan ponsel ini dan simpan',
  'sync.starting': 'Mendaftarkan dan membuat kunci… (beberapa detik)',
  'sync.addressInvalid': 'Alamat server tidak dikenali. Tulis seperti https://kopdit.contoh.id',
  'sync.codeRequired': 'Isi kode pendaftaran dari petugas koperasi.',
  'sync.qrUnreadable': 'Kode QR ini bukan kode pendaftaran koperasi.',
  'sync.recovery.title': 'Kode pemulihan',
  'sync.recovery.explain':
    'Kode ini satu-satunya cara membuka salinan buku Anda di ponsel baru. Koperasi tidak menyimpannya dan tidak bisa membuatnya lagi. Kode hanya ditampilkan sekarang.',
  'sync.recovery.keep': 'Tulis di kertas dan simpan di tempat aman, atau simpan sebagai gambar.',
  'sync.recovery.image': 'Simpan sebagai gambar',
  'sync.recovery.confirmLabel': 'Ketik ulang kode yang Anda tulis untuk memastikan',
  'sync.recovery.confirm': 'Sudah saya catat',
  'sync.recovery.mismatch': 'Kode yang diketik belum sama. Periksa tulisan Anda.',
  'sync.recovery.done': 'Kode pemulihan tercatat. Buku dikirim ke koperasi setiap kali ada internet.',
  'sync.restore.title': 'Pulihkan dari koperasi',
  'sync.restore.intro':
    'Ponsel lama hilang? Minta kode pendaftaran baru ke petugas, lalu siapkan kode pemulihan yang Anda catat.',
  'sync.restore.connect': 'Sambungkan',
  'sync.restore.connecting': 'Menyambungkan…',
  'sync.restore.choose': 'Pilih buku yang dipulihkan',
  'sync.restore.book': 'Buku {id}… · {count} perubahan · terakhir {when}',
  'sync.restore.none': 'Belum ada buku anggota ini di server koperasi.',
  'sync.restore.code': 'Kode pemulihan',
  'sync.restore.start': 'Pulihkan buku',
  'sync.restore.progress': 'Mengunduh riwayat: {done} dari {total}',
  'sync.restore.checking': 'Membuka dan memeriksa riwayat…',
  'sync.restore.done': 'Buku dipulihkan: {name}.',
  'error.syncCall.offline':
    'Server koperasi tidak bisa dihubungi. Periksa internet dan alamatnya, lalu coba lagi.',
  'error.syncCall.refused': 'Server koperasi menolak: {message}',
  'error.syncCall.busy':
    'Server koperasi sedang memeriksa laporan lain. Laporan ini belum diterima; kirim lagi sebentar lagi.',
  'error.syncCall.answer': 'Jawaban server koperasi tidak bisa dibaca.',
  'error.sync.bookHere': 'Buku ini sudah ada di ponsel ini. Tidak ada yang diubah.',
} as const;
