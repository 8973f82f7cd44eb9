/** The words of Kelola's product list (the quick-sale chips' own are in the core catalogue). */
export const productId = {
  'product.title': 'Barang dagangan',
  'product.intro': 'Barang yang sering dijual, dengan harganya. Muncul sebagai tombol di layar Uang masuk.',
  'product.name': 'Nama barang',
  'product.price': 'Harga',
  'product.add': 'Tambah barang',
  'product.edit': 'Ubah',
  'product.hide': 'Sembunyikan',
  'product.show': 'Tampilkan',
  'product.hidden': 'disembunyikan',
  'product.none': 'Belum ada barang.',
} as const;
