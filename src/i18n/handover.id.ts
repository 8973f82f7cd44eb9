/** Messages of moving the signing key to a new phone (Indonesian first). */
export const handoverId = {
  'handover.title': 'Pindah ke ponsel baru',
  'handover.intro':
    'Kunci tanda tangan tidak pernah keluar dari ponsel, juga tidak ikut dalam cadangan. Ponsel baru punya kode perangkat baru. Agar koperasi tetap mengenali laporan Anda, ponsel lama menandatangani serah terima ke ponsel baru.',
  'handover.keptFrom':
    'Ponsel ini menerima serah terima dari ponsel lama ({date}). Laporan dari ponsel ini membawanya, jadi petugas yang mendaftarkan kode lama tetap melihat ASLI.',
  'handover.copy': 'Salin',
  'handover.photo': 'Foto kode QR di ponsel lain',
  'handover.new.title': 'Ini ponsel baru',
  'handover.new.step1':
    '1. Di ponsel lama, buka Pengaturan → Pindah ke ponsel baru → Ini ponsel lama, lalu pindai atau tempel kode ini:',
  'handover.new.keyCode': 'Kode ponsel ini untuk serah terima',
  'handover.new.step2': '2. Pindai atau tempel kode serah terima yang muncul di ponsel lama:',
  'handover.new.handoverCode': 'Kode serah terima dari ponsel lama',
  'handover.new.keep': 'Simpan serah terima',
  'handover.new.kept': 'Serah terima tersimpan. Laporan berikutnya dari ponsel ini membawanya.',
  'handover.new.unreadable':
    'Ini bukan kode serah terima Lumbung (LMBH1…). Periksa lagi kode dari ponsel lama.',
  'handover.old.title': 'Ini ponsel lama',
  'handover.old.step1': 'Pindai atau tempel kode yang tampil di ponsel baru (Ini ponsel baru, langkah 1):',
  'handover.old.keyCode': 'Kode dari ponsel baru',
  'handover.old.unreadable': 'Ini bukan kode ponsel Lumbung (LMBK1…). Periksa lagi kode di ponsel baru.',
  'handover.old.confirm':
    'Kode perangkat ponsel baru (pastikan sama dengan yang tampil di Pengaturan ponsel baru):',
  'handover.old.sign': 'Serahkan ke ponsel baru ini',
  'handover.old.refused':
    'Tidak bisa diserahkan: kode itu milik ponsel ini sendiri, atau kunci ini sudah terlalu sering berpindah.',
  'handover.old.signed':
    'Serah terima ditandatangani. Pindai atau tempel kode ini di ponsel baru (langkah 2):',
  'handover.old.handoverCode': 'Kode serah terima',
  'handover.lost.title': 'Ponsel lama hilang atau rusak?',
  'handover.lost.text':
    'Tanpa ponsel lama, serah terima tidak bisa ditandatangani. Petugas yang mendaftarkan kode lama akan melihat laporan dari ponsel ini sebagai DIUBAH (kode perangkat berbeda). Datanglah ke cabang koperasi dan minta petugas mendaftarkan kode perangkat baru ini: {code}.',
} as const;
