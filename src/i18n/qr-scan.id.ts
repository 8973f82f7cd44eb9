/** Messages of reading a QR code with the camera or from a photo (Indonesian first). */
export const qrScanId = {
  'qr.camera': 'Pindai dengan kamera',
  'qr.scanning': 'Arahkan kamera ke kode QR…',
  'qr.stop': 'Tutup kamera',
  'qr.reading': 'Membaca kode QR di foto…',
  'qr.none': 'Tidak ada kode QR yang terbaca di gambar ini. Foto lebih dekat, lurus dan terang.',
  'qr.cameraFailed': 'Kamera tidak bisa dibuka. Ambil foto kode QR saja.',
} as const;
