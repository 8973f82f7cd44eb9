/** Messages of syncing a book with the cooperative's server (Indonesian first). */
export const syncId = {
  'sync.status.safe': 'Tersimpan di koperasi: {when}',
  'sync.status.todayAt': 'hari ini {time}',
  'sync.status.never': 'Belum pernah tersimpan di koperasi',
  'sync.status.waiting': '{count} perubahan menunggu dikirim',
  'sync.status.offline': '{count} perubahan menunggu internet',
  'sync.status.fork':
    'Pengiriman berhenti: riwayat di server berbeda dengan ponsel ini (mungkin ponsel lain menulis buku ini). Tidak ada yang digabung atau dihapus. Hubungi petugas koperasi.',
  'sync.status.behind':
    'Pengiriman berhenti: server punya catatan lebih baru dari ponsel lain untuk buku ini. Hanya satu ponsel yang boleh menulis satu buku.',
  'sync.status.refused': 'Pengiriman berhenti. Server menjawab: {message}',
  'sync.status.member': 'Anggota {member} · {origin}',
} as const;
