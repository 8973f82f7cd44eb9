/** Messages of the command line (Indonesian first): how to call it and why a call is refused. */
export const cliId = {
  'cli.usage':
    'Pemakaian: lumbung import-check BERKAS.csv | lumbung statement --csv BERKAS.csv --from YYYY-MM --to YYYY-MM --key KUNCI.json --out FOLDER [--business NAMA] [--owner NAMA] [--member NO] [--cooperative NAMA] [--branch NAMA] [--type JENIS] [--time-zone TZ] [--ratio 0.6] [--no-notes] [--show-names] | lumbung verify BERKAS.pdf|BERKAS.json|QR.txt|HALAMAN.png|HALAMAN.jpg [--fingerprint XXXX-XXXX-XXXX-XXXX] [--server-key JWK|XXXX-XXXX-XXXX-XXXX] [--full] [--lang id|en] | lumbung verify --qr TEKS-QR | lumbung schema | lumbung server officer add --username U --branch B --role officer|admin | lumbung server enrol --member NO --name NAMA [--branch B]',
  'cli.usage.importCheck': 'Pemakaian: lumbung import-check BERKAS.csv',
  'cli.usage.verify':
    'Pemakaian: lumbung verify BERKAS.pdf|BERKAS.json|QR.txt|HALAMAN.png|HALAMAN.jpg [--fingerprint XXXX-XXXX-XXXX-XXXX] [--server-key JWK|XXXX-XXXX-XXXX-XXXX] [--full] [--lang id|en] atau lumbung verify --qr TEKS-QR',
  'cli.option.unknown': 'Opsi tidak dikenal: {detail}',
  'cli.option.incomplete': 'Opsi tidak dikenal atau tidak lengkap: {detail}',
  'cli.option.required': 'Opsi --csv, --key dan --out wajib diisi.',
  'cli.option.timeZone': 'Zona waktu tidak dikenal: {zone}',
  'cli.option.month': 'Bulan harus ditulis YYYY-MM (--from dan --to).',
  'cli.option.reversed': 'Periode terbalik: {from} sesudah {to}.',
  'cli.option.tooLong': 'Periode paling panjang {max} bulan.',
  'cli.option.ratio': 'Rasio (--ratio) harus antara 0 dan 1, misalnya 0.6.',
  'cli.option.householdCosts':
    'Biaya rumah tangga (--household-costs) harus Rupiah utuh, misalnya 1500000 atau 0.',
  'cli.option.instalments': 'Angsuran lain (--instalments) harus Rupiah utuh, misalnya 500000 atau 0.',
  'cli.option.lang': 'Bahasa --lang tidak dikenal: “{value}”. Pilih id atau en.',
  'cli.option.fingerprint':
    'Kode perangkat --fingerprint tidak sah: “{value}”. Tulis 16 huruf A–Z dan angka 2–7, misalnya ABCD-EFGH-IJKL-MNOP.',
  'cli.option.serverKey':
    'Kunci server --server-key tidak sah: “{value}”. Berikan berkas JWK kunci server (jawaban GET /api/v1/server-key) atau sidik jarinya, misalnya ABCD-EFGH-IJKL-MNOP.',
  'cli.key.unusable': 'Berkas kunci tidak bisa dipakai: {path}',
  'cli.server.missing':
    'Perintah server belum dibangun (dist-server/cli.js tidak ada). Jalankan lewat npm run lumbung.',
  'cli.verify.notice':
    'Tanda tangan yang sah membuktikan laporan tidak diubah sejak ditandatangani oleh kunci ini; tidak membuktikan bahwa catatannya benar.',
  'cli.verify.qrNotice':
    'Kode QR hanya menjamin angka yang dibawanya (periode, pendapatan, laba bersih, saldo akhir, kode laporan), bukan isi lain halaman cetak.',
} as const;
